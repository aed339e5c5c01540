using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.Json;
using DxBot.Channels.Line.Payloads;
using DxBot.Protocol.Schema;

namespace DxBot.Channels.Line;

/// <summary>
/// The pure translation between LINE and the Activity schema, as Bot Builder's TwilioHelper: webhook events to
/// activities, and a turn's activities to the LINE messages of one reply call. No I/O, no clock, no state.
/// </summary>
public static class LineWebhookMapper
{
    public const string ChannelId = "line";

    public const string Locale = "ja-JP";

    /// <summary>An attachment whose content is a Flex container, sent to LINE as it is.</summary>
    public const string FlexContentType = "application/vnd.line.flex";

    private const string MessageSeparator = "\n\n";

    private static readonly HashSet<string> CardTextProperties = new(StringComparer.Ordinal) { "title", "subtitle", "text" };

    /// <summary>Reads one event; false when LINE sent something this channel cannot read (it is then skipped).</summary>
    public static bool TryReadEvent(JsonElement json, [NotNullWhen(true)] out LineWebhookEvent? lineEvent)
    {
        lineEvent = null;
        if (json.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        try
        {
            lineEvent = json.Deserialize<LineWebhookEvent>(LineJson.Options);
        }
        catch (JsonException)
        {
            return false;
        }

        return lineEvent is not null && !string.IsNullOrEmpty(lineEvent.WebhookEventId) && !string.IsNullOrEmpty(lineEvent.Type);
    }

    public static LineEventDisposition Classify(LineWebhookEvent lineEvent)
    {
        ArgumentNullException.ThrowIfNull(lineEvent);
        if (lineEvent.Mode == LineEventTypes.StandbyMode || lineEvent.Source?.ChatId is null)
        {
            return LineEventDisposition.Ignore;
        }

        return lineEvent.Type switch
        {
            LineEventTypes.Message when lineEvent.Message?.Type == LineEventTypes.TextMessage && lineEvent.Message.Text is not null => LineEventDisposition.RunBot,
            LineEventTypes.Message when lineEvent.Message is not null => LineEventDisposition.TextOnlyNotice,
            LineEventTypes.Postback when lineEvent.Postback?.Data is not null => LineEventDisposition.RunBot,
            LineEventTypes.Follow => LineEventDisposition.RunBot,
            _ => LineEventDisposition.Ignore,
        };
    }

    /// <summary>
    /// The activity the bot receives for an event it handles, or null. The conversation is the chat (user, group
    /// or room id), so dialog state follows the chat; the ids are keys only and never shown.
    /// </summary>
    public static Activity? ToActivity(LineWebhookEvent lineEvent, string? destination)
    {
        ArgumentNullException.ThrowIfNull(lineEvent);
        var source = lineEvent.Source;
        if (source?.ChatId is not { } chatId || Classify(lineEvent) != LineEventDisposition.RunBot)
        {
            return null;
        }

        var user = new ChannelAccount(source.UserId ?? chatId) { Role = "user" };
        var activity = new Activity
        {
            Id = lineEvent.Message?.Id ?? lineEvent.WebhookEventId,
            Timestamp = lineEvent.OccurredAt,
            ChannelId = ChannelId,
            From = user,
            Recipient = new ChannelAccount(destination ?? ChannelId) { Role = "bot" },
            Conversation = new ConversationAccount(chatId)
            {
                IsGroup = !source.IsOneToOne,
                ConversationType = source.IsOneToOne ? "personal" : source.Type,
            },
            Locale = Locale,
        };

        return lineEvent.Type switch
        {
            LineEventTypes.Message => activity with
            {
                Type = ActivityTypes.Message,
                Text = lineEvent.Message!.Text,
                TextFormat = "plain",
            },
            // Our own buttons put the text to send in the data, so the bot reads a postback as that message.
            LineEventTypes.Postback => activity with
            {
                Type = ActivityTypes.Message,
                Text = lineEvent.Postback!.Data,
                TextFormat = "plain",
                Value = JsonSerializer.SerializeToElement(lineEvent.Postback.Data, LineJson.Options),
            },
            LineEventTypes.Follow => activity with
            {
                Type = ActivityTypes.ConversationUpdate,
                MembersAdded = [user],
            },
            _ => null,
        };
    }

    /// <summary>
    /// The messages of one reply call for everything a turn sent: texts within LINE's 5000 code units, at most
    /// 5 messages (texts merged, then trimmed), and the last activity's suggested actions as quick replies on the
    /// last message, where LINE shows them.
    /// </summary>
    public static IReadOnlyList<LineMessage> ToLineMessages(IEnumerable<Activity> activities)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var messages = new List<LineMessage>();
        IReadOnlyList<CardAction>? quickActions = null;

        foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
        {
            var buttons = new List<CardAction>();
            var cards = (activity.Attachments ?? []).Where(a => a.ContentType == AnswerCard.ContentType).Select(LineFlexBuilder.Read).OfType<AnswerCard>().ToList();
            if (cards.Count > 0)
            {
                // The card shows what the text says; the text stays as the Flex message's altText (notifications,
                // and LINE versions that cannot draw Flex).
                var altText = string.IsNullOrWhiteSpace(activity.Text) ? string.Join("\n", cards.Select(c => c.Title)) : activity.Text.Trim();
                messages.Add(new LineFlexMessage(TruncateGraphemes(altText, LineFlexMessage.MaxAltTextLength), LineFlexBuilder.Contents(cards)));
            }
            else if (!string.IsNullOrWhiteSpace(activity.Text))
            {
                messages.AddRange(SplitText(activity.Text.Trim(), LineTextMessage.MaxLength).Select(t => new LineTextMessage(t)));
            }

            foreach (var attachment in (activity.Attachments ?? []).Where(a => a.ContentType != AnswerCard.ContentType))
            {
                if (ToLineMessage(attachment, activity.Text, buttons) is { } message)
                {
                    messages.Add(message);
                }
            }

            var actions = (activity.SuggestedActions?.Actions ?? []).Concat(buttons).ToList();
            if (actions.Count > 0)
            {
                quickActions = actions;
            }
        }

        if (messages.Count == 0)
        {
            return [];
        }

        FitToMessageLimit(messages);
        if (quickActions is not null && ToQuickReply(quickActions) is { } quickReply)
        {
            messages[^1] = messages[^1] with { QuickReply = quickReply };
        }

        return messages;
    }

    /// <summary>Quick reply buttons: message actions (the text goes back as the user's message), at most 13, labels of at most 20 characters.</summary>
    public static LineQuickReply? ToQuickReply(IEnumerable<CardAction> actions)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var items = new List<LineQuickReplyItem>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in actions)
        {
            // A link cannot be a message button; the bot puts URLs in its text.
            if (action.Type == ActionTypes.OpenUrl || ActionText(action) is not { } text)
            {
                continue;
            }

            var label = TruncateGraphemes(string.IsNullOrWhiteSpace(action.Title) ? text : action.Title.Trim(), LineAction.MaxLabelLength);
            if (!labels.Add(label))
            {
                continue;
            }

            items.Add(new LineQuickReplyItem(new LineMessageAction(label, TruncateGraphemes(text, LineMessageAction.MaxTextLength))));
            if (items.Count == LineQuickReply.MaxItems)
            {
                break;
            }
        }

        return items.Count == 0 ? null : new LineQuickReply(items);
    }

    /// <summary>Cuts a text into pieces LINE accepts, preferring line breaks and never splitting a surrogate pair.</summary>
    internal static IEnumerable<string> SplitText(string text, int maxLength)
    {
        var rest = text;
        while (rest.Length > maxLength)
        {
            var newline = rest.LastIndexOf('\n', maxLength - 1);
            string piece;
            if (newline >= maxLength / 2)
            {
                piece = rest[..newline];
                rest = rest[(newline + 1)..];
            }
            else
            {
                var cut = char.IsHighSurrogate(rest[maxLength - 1]) ? maxLength - 1 : maxLength;
                piece = rest[..cut];
                rest = rest[cut..];
            }

            if (!string.IsNullOrWhiteSpace(piece))
            {
                yield return piece.TrimEnd();
            }
        }

        if (!string.IsNullOrWhiteSpace(rest))
        {
            yield return rest;
        }
    }

    /// <summary>LINE counts labels in grapheme clusters; cutting by them keeps emoji and combining marks whole.</summary>
    internal static string TruncateGraphemes(string text, int maxLength)
    {
        // A text of no more UTF-16 units than the limit has no more graphemes either: most labels, not parsed.
        if (text.Length <= maxLength)
        {
            return text;
        }

        var info = new StringInfo(text);
        return info.LengthInTextElements <= maxLength ? text : info.SubstringByTextElements(0, maxLength - 1) + "…";
    }

    private static void FitToMessageLimit(List<LineMessage> messages)
    {
        // Merge the shortest neighbouring texts first: nothing is lost and the order stays.
        while (messages.Count > LineReplyMessageRequest.MaxMessages)
        {
            var best = -1;
            var bestLength = int.MaxValue;
            for (var i = 0; i + 1 < messages.Count; i++)
            {
                if (messages[i] is LineTextMessage first && messages[i + 1] is LineTextMessage second)
                {
                    var length = first.Text.Length + MessageSeparator.Length + second.Text.Length;
                    if (length <= LineTextMessage.MaxLength && length < bestLength)
                    {
                        best = i;
                        bestLength = length;
                    }
                }
            }

            if (best < 0)
            {
                break;
            }

            var merged = ((LineTextMessage)messages[best]).Text + MessageSeparator + ((LineTextMessage)messages[best + 1]).Text;
            messages[best] = new LineTextMessage(merged);
            messages.RemoveAt(best + 1);
        }

        if (messages.Count <= LineReplyMessageRequest.MaxMessages)
        {
            return;
        }

        // Only long texts or cards remain: keep the first five and say that the rest was cut.
        messages.RemoveRange(LineReplyMessageRequest.MaxMessages, messages.Count - LineReplyMessageRequest.MaxMessages);
        if (messages[^1] is LineTextMessage last)
        {
            var room = LineTextMessage.MaxLength - LineTexts.Truncated.Length - 1;
            var kept = last.Text.Length > room ? last.Text[..(char.IsHighSurrogate(last.Text[room - 1]) ? room - 1 : room)] : last.Text;
            messages[^1] = new LineTextMessage(kept + "\n" + LineTexts.Truncated);
        }
    }

    private static string? ActionText(CardAction action)
    {
        var value = action.Value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } element => element.GetString(),
            _ => null,
        };
        var text = action.Type == ActionTypes.MessageBack ? action.Text ?? value : value ?? action.Text;
        text ??= action.DisplayText ?? action.Title;
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    private static LineMessage? ToLineMessage(Attachment attachment, string? activityText, List<CardAction> buttons)
    {
        if (attachment.ContentType == FlexContentType && attachment.Content is not null)
        {
            var altText = attachment.Name ?? activityText ?? "メッセージ";
            return new LineFlexMessage(TruncateGraphemes(altText, LineFlexMessage.MaxAltTextLength), ToJson(attachment.Content));
        }

        var text = new StringBuilder();
        if (attachment.Content is not null)
        {
            AppendCardText(ToJson(attachment.Content), text, buttons);
        }
        else if (attachment.ContentUrl is not null)
        {
            text.Append(attachment.Name ?? "添付ファイル").Append('\n').Append(attachment.ContentUrl);
        }

        var rendered = text.ToString().Trim();
        return rendered.Length == 0 ? null : new LineTextMessage(rendered.Length > LineTextMessage.MaxLength ? SplitText(rendered, LineTextMessage.MaxLength).First() : rendered);
    }

    /// <summary>
    /// Any card (hero, thumbnail, adaptive) read as text: its titles and texts in order, links as lines, other
    /// buttons as quick replies. Residents read it on a phone, so the layout matters less than the words.
    /// </summary>
    private static void AppendCardText(JsonElement element, StringBuilder text, List<CardAction> buttons)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (TryReadButton(element, out var button))
                {
                    if (button.Type == ActionTypes.OpenUrl)
                    {
                        text.Append(button.Title).Append(": ").Append(button.Value).Append('\n');
                    }
                    else
                    {
                        buttons.Add(button);
                    }

                    return;
                }

                foreach (var property in element.EnumerateObject())
                {
                    if (CardTextProperties.Contains(property.Name) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        text.Append(property.Value.GetString()).Append('\n');
                    }
                    else if (property.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
                    {
                        AppendCardText(property.Value, text, buttons);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AppendCardText(item, text, buttons);
                }

                break;
        }
    }

    private static bool TryReadButton(JsonElement element, out CardAction button)
    {
        button = null!;
        if (!element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var kind = type.GetString();
        var title = element.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        // Adaptive cards name the link "url" and the action "Action.OpenUrl"; Bot Framework cards use "value".
        var value = element.TryGetProperty("value", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()
            : element.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString() : null;
        var mapped = kind switch
        {
            ActionTypes.OpenUrl or "Action.OpenUrl" => ActionTypes.OpenUrl,
            ActionTypes.ImBack or ActionTypes.PostBack or ActionTypes.MessageBack => kind,
            _ => null,
        };
        if (mapped is null || (title ?? value) is null)
        {
            return false;
        }

        button = new CardAction(mapped, title ?? value!, value ?? title);
        return true;
    }

    private static JsonElement ToJson(object content) =>
        content is JsonElement element ? element : JsonSerializer.SerializeToElement(content, content.GetType(), ProtocolJson.Options);
}
