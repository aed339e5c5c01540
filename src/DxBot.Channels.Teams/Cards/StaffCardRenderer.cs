using System.Text;
using System.Text.Json;
using DxBot.Protocol.Schema;
using DxBot.Protocol.Text;

namespace DxBot.Channels.Teams.Cards;

/// <summary>
/// Turns the bot's plain replies into Adaptive Cards for staff: one wrapped TextBlock per line, the closing
/// 「出典:」 line small and subtle, and the suggested actions as Action.Submit buttons carrying the choice.
/// Replies quote residents (`unanswered`), so every line is kept from being read as markdown, cut at
/// <see cref="MaxLineLength"/>, and the message is kept well under Teams' limit of about 28 KB: at most
/// <see cref="MaxRows"/> lines and <see cref="MaxActivityBytes"/> in all, with a last line saying how many were left out.
/// </summary>
internal static class StaffCardRenderer
{
    public const int MaxLineLength = 300;

    public const int MaxRows = 60;

    /// <summary>The plain text sent with the card, and the card's fallback, are cut here.</summary>
    public const int MaxTextLength = 1000;

    /// <summary>The whole activity as sent, JSON in UTF-8: Teams refuses messages over about 28 KB.</summary>
    public const int MaxActivityBytes = 24 * 1024;

    private const string PlainText = "plain";

    private static readonly string[] SourcePrefixes = ["出典:", "出典："];

    public static Activity Render(Activity activity, bool keepText)
    {
        var actions = activity.SuggestedActions?.Actions ?? [];
        if (activity.Type != ActivityTypes.Message
            || activity.Attachments is { Count: > 0 }
            || (string.IsNullOrWhiteSpace(activity.Text) && actions.Count == 0))
        {
            return activity;
        }

        var text = activity.Text is null ? null : TextCap.Cut(activity.Text, MaxTextLength);
        var body = BodyOf(activity.Text ?? string.Empty);
        var shown = Math.Min(body.Count, MaxRows);
        while (true)
        {
            var rendered = Build(activity, actions, text, keepText, body, shown);
            if (shown == 0 || Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(rendered, ProtocolJson.Options)) <= MaxActivityBytes)
            {
                return rendered;
            }

            // Rows go from the end until the message fits; the note that says so takes one of their places.
            shown--;
        }
    }

    private static Activity Build(Activity activity, IReadOnlyList<CardAction> actions, string? text, bool keepText, List<AdaptiveElement> body, int shown)
    {
        var rows = shown < body.Count || body.Count > MaxRows
            ? [.. body.Take(Math.Min(shown, MaxRows - 1)), new AdaptiveTextBlock(TeamsMessages.CardTruncated(body.Count - Math.Min(shown, MaxRows - 1))) { IsSubtle = true, Size = "small", Spacing = "medium" }]
            : body;
        var card = new AdaptiveCard(rows)
        {
            Actions = actions.Count == 0 ? null : actions.Select(ToCardAction).OfType<AdaptiveAction>().ToList(),
            FallbackText = string.IsNullOrWhiteSpace(text) ? null : text,
            MsTeams = new AdaptiveCardTeamsSettings("Full"),
        };

        return activity with
        {
            // Plain: Teams would otherwise read the text sent with the card as markdown too.
            Text = keepText ? text : null,
            TextFormat = keepText && text is not null ? PlainText : activity.TextFormat,
            Attachments = [new Attachment(AdaptiveCard.ContentType) { Content = card }],
            // Rendered as the card's buttons; Teams would otherwise show them a second time.
            SuggestedActions = null,
        };
    }

    private static List<AdaptiveElement> BodyOf(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var lastContent = Array.FindLastIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        var body = new List<AdaptiveElement>();
        var afterBlank = false;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length == 0)
            {
                afterBlank = body.Count > 0;
                continue;
            }

            var isSource = i == lastContent && SourcePrefixes.Any(p => line.TrimStart().StartsWith(p, StringComparison.Ordinal));
            var shown = CardMarkdown.Escape(TextCap.Cut(line, MaxLineLength));
            body.Add(isSource
                ? new AdaptiveTextBlock(shown) { IsSubtle = true, Size = "small", Spacing = "medium" }
                : new AdaptiveTextBlock(shown) { Spacing = afterBlank ? "medium" : null });
            afterBlank = false;
        }

        return body;
    }

    private static AdaptiveAction? ToCardAction(CardAction action)
    {
        var value = ValueText(action.Value);
        switch (action.Type)
        {
            case ActionTypes.OpenUrl:
                return Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"
                    ? new AdaptiveOpenUrlAction(action.Title, url.ToString())
                    : null;
            case ActionTypes.ImBack:
            case ActionTypes.PostBack:
            case ActionTypes.MessageBack:
                var choice = value ?? action.Text ?? action.Title;
                return string.IsNullOrWhiteSpace(choice) ? null : new AdaptiveSubmitAction(action.Title, new CardSubmitData(choice));
            default:
                return null;
        }
    }

    private static string? ValueText(object? value) => value switch
    {
        null => null,
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        _ => null,
    };
}
