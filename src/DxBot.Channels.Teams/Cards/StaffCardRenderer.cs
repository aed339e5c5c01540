using System.Text.Json;
using DxBot.Protocol.Schema;

namespace DxBot.Channels.Teams.Cards;

/// <summary>
/// Turns the bot's plain replies into Adaptive Cards for staff: one wrapped TextBlock per line, the closing
/// 「出典:」 line small and subtle, and the suggested actions as Action.Submit buttons carrying the choice.
/// </summary>
internal static class StaffCardRenderer
{
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

        var card = new AdaptiveCard(BodyOf(activity.Text ?? string.Empty))
        {
            Actions = actions.Count == 0 ? null : actions.Select(ToCardAction).OfType<AdaptiveAction>().ToList(),
            FallbackText = string.IsNullOrWhiteSpace(activity.Text) ? null : activity.Text,
            MsTeams = new AdaptiveCardTeamsSettings("Full"),
        };

        return activity with
        {
            Text = keepText ? activity.Text : null,
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
            body.Add(isSource
                ? new AdaptiveTextBlock(line) { IsSubtle = true, Size = "small", Spacing = "medium" }
                : new AdaptiveTextBlock(line) { Spacing = afterBlank ? "medium" : null });
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
