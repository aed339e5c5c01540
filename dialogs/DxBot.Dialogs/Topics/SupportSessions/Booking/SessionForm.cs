using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>
/// The staff form 「教室を登録」 as an Adaptive Card (Teams draws it; its submit comes back as the message
/// 「教室を登録」 with the inputs in the activity's value), and the reading of a submitted form.
/// </summary>
public static class SessionForm
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public const int MaxCapacity = 1000;

    private const int MaxFieldLength = 200;

    private static readonly (string Id, string Label, string Type, bool Required)[] Fields =
    [
        ("programme", "教室の名前（例: スマホ教室）", "Input.Text", true),
        ("date", "日付", "Input.Date", true),
        ("start", "開始時刻", "Input.Time", true),
        ("end", "終了時刻", "Input.Time", false),
        ("venue", "会場", "Input.Text", true),
        ("capacity", "定員（人）", "Input.Number", true),
        ("fee", "参加費（例: 無料）", "Input.Text", false),
        ("bring", "持ち物", "Input.Text", false),
        ("apply", "申込方法", "Input.Text", false),
    ];

    public static Attachment Card()
    {
        var body = new JsonArray { new JsonObject { ["type"] = "TextBlock", ["text"] = SessionStrings.FormTitle, ["weight"] = "Bolder", ["size"] = "Medium" } };
        foreach (var (id, label, type, required) in Fields)
        {
            body.Add(new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label, ["isRequired"] = required });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.5",
            ["body"] = body,
            ["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Submit",
                ["title"] = SessionStrings.FormSubmit,
                ["data"] = new JsonObject { ["choice"] = SessionStrings.RegisterCommand },
            }),
        };
        return new Attachment(AdaptiveCardContentType) { Content = JsonSerializer.SerializeToElement(card) };
    }

    /// <summary>True when the value carries the form's inputs (a submit), not just the command.</summary>
    public static bool IsSubmission(JsonElement? value) => Inputs(value) is { } inputs && inputs.TryGetProperty("programme", out _);

    /// <summary>The session the form describes, or the problems to show staff.</summary>
    public static (NewSession? Session, IReadOnlyList<string> Problems) Read(JsonElement? value, string cityId, DateTimeOffset now)
    {
        var problems = new List<string>();
        var inputs = Inputs(value);
        string? Field(string id) => inputs is { } i && i.TryGetProperty(id, out var v) && v.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText())?.Trim() is { Length: > 0 } s ? s : null
            : null;

        var programme = Field("programme");
        var venue = Field("venue");
        if (programme is null)
        {
            problems.Add("教室の名前を入力してください。");
        }

        if (venue is null)
        {
            problems.Add("会場を入力してください。");
        }

        foreach (var (id, label, _, _) in Fields)
        {
            if (Field(id) is { Length: > MaxFieldLength })
            {
                problems.Add($"{label}は{MaxFieldLength}文字以内にしてください。");
            }
        }

        DateTimeOffset? start = null;
        DateTimeOffset? end = null;
        if (!DateOnly.TryParseExact(Field("date") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems.Add("日付を選んでください。");
        }
        else if (!TimeOnly.TryParseExact(Field("start") ?? "", ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var startTime))
        {
            problems.Add("開始時刻を選んでください。");
        }
        else
        {
            start = new DateTimeOffset(date.ToDateTime(startTime), SessionStrings.JapanOffset);
            if (Field("end") is { } endText)
            {
                if (TimeOnly.TryParseExact(endText, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var endTime) && endTime > startTime)
                {
                    end = new DateTimeOffset(date.ToDateTime(endTime), SessionStrings.JapanOffset);
                }
                else
                {
                    problems.Add("終了時刻は開始時刻より後にしてください。");
                }
            }

            if (start <= now)
            {
                problems.Add("過ぎた日時は登録できません。");
            }
        }

        if (!int.TryParse(Field("capacity"), NumberStyles.None, CultureInfo.InvariantCulture, out var capacity) || capacity is < 1 or > MaxCapacity)
        {
            problems.Add($"定員は1〜{MaxCapacity}の数で入力してください。");
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new NewSession(cityId, programme!, start!.Value, end, venue!, capacity, Field("fee"), Field("bring"), Field("apply")), []);
    }

    private static JsonElement? Inputs(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root)
        {
            return null;
        }

        // Action.Execute (an invoke) puts the inputs under action.data; Action.Submit at the top.
        return root.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var data)
            ? data
            : root;
    }
}
