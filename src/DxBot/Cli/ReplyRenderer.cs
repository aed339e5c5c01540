using System.Text;
using System.Text.Json;
using DxBot.Protocol.Schema;

namespace DxBot.Cli;

/// <summary>Renders replies as a user reads them: the text, cards' visible text, and the buttons offered.</summary>
public static class ReplyRenderer
{
    /// <summary>What the user reads (text and cards), without the buttons: what answer checks look at.</summary>
    public static string VisibleText(IEnumerable<Activity> replies)
    {
        var builder = new StringBuilder();
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            if (!string.IsNullOrEmpty(reply.Text))
            {
                builder.AppendLine(reply.Text);
            }

            // An answer card says what the text says; the terminal (and the eval) read the text.
            foreach (var attachment in (reply.Attachments ?? []).Where(a => a.ContentType != AnswerCard.ContentType))
            {
                if (attachment.Content is not null)
                {
                    AppendCardText(JsonSerializer.SerializeToElement(attachment.Content, ProtocolJson.Options), builder);
                }
            }
        }

        return builder.ToString().TrimEnd();
    }

    public static string ForTerminal(IEnumerable<Activity> replies)
    {
        var builder = new StringBuilder();
        foreach (var reply in replies.Where(r => r.Type == ActivityTypes.Message))
        {
            builder.AppendLine(VisibleText([reply]));
            if (reply.SuggestedActions is { Actions.Count: > 0 } suggested)
            {
                // Numbered, so that at the terminal a button is chosen by typing its number (see ChosenAction).
                builder.AppendLine("  ［" + string.Join("］［", suggested.Actions.Select((a, i) => $"{i + 1} {a.Title}")) + "］");
            }

            builder.AppendLine();
        }

        return builder.ToString().TrimEnd();
    }

    // Cards keep their visible words in "text" and "title" properties (Adaptive TextBlock, hero card, buttons).
    private static void AppendCardText(JsonElement element, StringBuilder builder)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "title" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        builder.AppendLine(property.Value.GetString());
                    }
                    else
                    {
                        AppendCardText(property.Value, builder);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AppendCardText(item, builder);
                }

                break;
        }
    }

    /// <summary>
    /// What a number typed at the terminal stands for: the title of that button of the last reply's quick replies, as a
    /// tap on LINE sends it; any other input is sent as typed.
    /// </summary>
    public static string ChosenAction(string input, IEnumerable<Activity> lastReplies)
    {
        var actions = lastReplies.LastOrDefault(r => r.SuggestedActions is { Actions.Count: > 0 })?.SuggestedActions!.Actions;
        return actions is not null && int.TryParse(input.Trim(), out var number) && number >= 1 && number <= actions.Count
            ? actions[number - 1].Value as string ?? actions[number - 1].Title
            : input;
    }
}
