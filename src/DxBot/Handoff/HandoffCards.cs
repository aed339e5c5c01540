using System.Globalization;
using System.Text.Json.Nodes;
using DxBot.Protocol.Schema;

namespace DxBot.Handoff;

/// <summary>
/// The Adaptive Cards staff see in the city's Teams channel. They show the question, never who asked: the resident's
/// LINE id stays encrypted in the database. Buttons post back <c>{"handoff": action, "id": request}</c> with the inputs.
/// </summary>
public static class HandoffCards
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public const string ActionProperty = "handoff";
    public const string IdProperty = "id";
    public const string AnswerInput = "answer";
    public const string DepartmentInput = "department";

    public const string AnswerAction = "answer";
    public const string ForwardAction = "forward";
    public const string DeclineAction = "decline";
    public const string KnowledgeAction = "knowledge";

    public const string AnswerTitle = "回答する";
    public const string ForwardTitle = "担当に回す";
    public const string DeclineTitle = "回答不要";
    public const string KnowledgeTitle = "ナレッジに追加";

    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>The card of a new request.</summary>
    public static Activity Request(HandoffRecord record, string cityName, IReadOnlyList<string> candidates, string? department)
    {
        var body = new JsonArray
        {
            Text($"住民からの質問（{cityName}）", weight: "Bolder", size: "Medium"),
            Text(record.Question),
            new JsonObject
            {
                ["type"] = "FactSet",
                ["facts"] = new JsonArray
                {
                    Fact("市", cityName),
                    Fact("受付", JapanTimeText(record.CreatedAt)),
                    Fact("受付番号", ShortId(record.Id)),
                    Fact("担当", department ?? "未定"),
                },
            },
            Text("ボットの候補（答えきれなかった項目）", weight: "Bolder"),
            Text(candidates.Count == 0 ? "候補はありません。" : string.Join("\n", candidates.Select(c => "- " + c))),
            new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = AnswerInput,
                ["isMultiline"] = true,
                ["maxLength"] = HandoffService.MaxAnswerLength,
                ["label"] = "住民への回答（LINEで届きます。個人名は書かないでください）",
            },
            new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = DepartmentInput,
                ["maxLength"] = HandoffService.MaxDepartmentLength,
                ["label"] = "部署名（回答に添えて表示／「担当に回す」先）",
            },
        };
        var actions = new JsonArray
        {
            Submit(AnswerTitle, AnswerAction, record.Id),
            Submit(ForwardTitle, ForwardAction, record.Id),
            Submit(DeclineTitle, DeclineAction, record.Id),
        };
        return Card(body, actions);
    }

    /// <summary>What staff see after answering: the outcome and 「ナレッジに追加」.</summary>
    public static Activity Answered(HandoffRecord record, string message) =>
        Card(new JsonArray { Text(message) }, new JsonArray { Submit(KnowledgeTitle, KnowledgeAction, record.Id) });

    public static string ShortId(string id) => id.Length > 8 ? id[..8] : id;

    public static string JapanTimeText(DateTimeOffset at) => at.ToOffset(JapanOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static Activity Card(JsonArray body, JsonArray actions) => new()
    {
        Type = ActivityTypes.Message,
        Attachments =
        [
            new Attachment(ContentType)
            {
                Content = new JsonObject
                {
                    ["type"] = "AdaptiveCard",
                    ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                    ["version"] = "1.5",
                    ["body"] = body,
                    ["actions"] = actions,
                },
            },
        ],
    };

    private static JsonObject Text(string text, string? weight = null, string? size = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (weight is not null)
        {
            block["weight"] = weight;
        }

        if (size is not null)
        {
            block["size"] = size;
        }

        return block;
    }

    private static JsonObject Fact(string title, string value) => new() { ["title"] = title, ["value"] = value };

    private static JsonObject Submit(string title, string action, string id) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = new JsonObject { [ActionProperty] = action, [IdProperty] = id },
    };
}
