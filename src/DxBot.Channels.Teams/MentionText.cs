using System.Text.Json;
using System.Text.RegularExpressions;
using DxBot.Protocol.Schema;

namespace DxBot.Channels.Teams;

/// <summary>
/// Removes the bot's @mention from message text. In channels and group chats Teams only delivers messages that mention
/// the bot, so every question starts with <c>&lt;at&gt;DxBot&lt;/at&gt;</c>, which must not reach the search.
/// </summary>
internal static partial class MentionText
{
    public static string Strip(Activity activity)
    {
        var text = activity.Text ?? string.Empty;
        var botId = activity.Recipient?.Id;
        var botName = activity.Recipient?.Name;

        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase) || entity.Properties is null)
            {
                continue;
            }

            var mentionText = entity.Properties.TryGetValue("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (string.IsNullOrEmpty(mentionText))
            {
                continue;
            }

            var mentionedId = entity.Properties.TryGetValue("mentioned", out var m) && m.ValueKind == JsonValueKind.Object
                && m.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;

            // Other people's mentions are part of the question ("@Tanaka's procedure"); keep their names.
            var replacement = mentionedId is not null && string.Equals(mentionedId, botId, StringComparison.OrdinalIgnoreCase)
                ? " "
                : AtTag().Replace(mentionText, "$1");
            text = text.Replace(mentionText, replacement, StringComparison.Ordinal);
        }

        // Entities are sometimes missing (forwarded or edited messages): drop a leftover tag naming the bot.
        text = AtTag().Replace(text, match =>
            botName is not null && string.Equals(match.Groups[1].Value.Trim(), botName, StringComparison.Ordinal) ? " " : match.Groups[1].Value);

        text = text.Replace("&nbsp;", " ", StringComparison.Ordinal);
        return RepeatedSpaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<at[^>]*>(.*?)</at>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex AtTag();

    [GeneratedRegex("[ \\t\\u00A0]{2,}")]
    private static partial Regex RepeatedSpaces();
}
