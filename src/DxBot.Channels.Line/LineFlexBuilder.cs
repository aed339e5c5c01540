using System.Text.Json;
using System.Text.Json.Nodes;
using DxBot.Channels.Line.Payloads;
using DxBot.Protocol.Schema;

namespace DxBot.Channels.Line;

/// <summary>
/// Draws <see cref="AnswerCard"/>s as Flex bubbles (several as a carousel): the badge as a coloured label, the
/// title, paragraphs, numbered steps, facts as label–value rows, the footnote small; links as URI buttons and
/// other buttons as postbacks whose data is the text the bot reads. Pure: no I/O.
/// </summary>
public static class LineFlexBuilder
{
    /// <summary>LINE's limits for a carousel and for action fields (documented beside the schema).</summary>
    public const int MaxBubbles = 12;

    public const int MaxPostbackDataLength = 300;

    public const int MaxUriLength = 1000;

    private const string Subtle = "#888888";

    public static JsonElement Contents(IReadOnlyList<AnswerCard> cards)
    {
        ArgumentNullException.ThrowIfNull(cards);
        if (cards.Count == 1)
        {
            return JsonSerializer.SerializeToElement(Bubble(cards[0]));
        }

        var carousel = new JsonObject
        {
            ["type"] = "carousel",
            ["contents"] = new JsonArray(cards.Take(MaxBubbles).Select(c => (JsonNode)Bubble(c)).ToArray()),
        };
        return JsonSerializer.SerializeToElement(carousel);
    }

    /// <summary>Reads an answer card from an attachment, typed (as sent) or as JSON (after a round trip).</summary>
    public static AnswerCard? Read(Attachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return attachment.Content switch
        {
            AnswerCard card => card,
            JsonElement { ValueKind: JsonValueKind.Object } json => json.Deserialize<AnswerCard>(ProtocolJson.Options),
            _ => null,
        };
    }

    private static JsonObject Bubble(AnswerCard card)
    {
        var body = new JsonArray();
        if (card.Badge is { } badge)
        {
            body.Add(Badge(badge));
        }

        body.Add(Text(card.Title, size: "lg", bold: true));
        foreach (var paragraph in card.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
        {
            body.Add(Text(paragraph, size: "sm"));
        }

        for (var i = 0; i < card.Steps.Count; i++)
        {
            body.Add(new JsonObject
            {
                ["type"] = "box",
                ["layout"] = "horizontal",
                ["spacing"] = "md",
                ["contents"] = new JsonArray(
                    new JsonObject { ["type"] = "text", ["text"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), ["flex"] = 0, ["size"] = "sm", ["weight"] = "bold", ["color"] = "#1f6fb5" },
                    Text(card.Steps[i], size: "sm")),
            });
        }

        foreach (var fact in card.Facts)
        {
            body.Add(new JsonObject
            {
                ["type"] = "box",
                ["layout"] = "baseline",
                ["spacing"] = "sm",
                ["contents"] = new JsonArray(
                    new JsonObject { ["type"] = "text", ["text"] = fact.Label, ["size"] = "sm", ["color"] = Subtle, ["flex"] = 2 },
                    new JsonObject { ["type"] = "text", ["text"] = fact.Value, ["size"] = "sm", ["wrap"] = true, ["flex"] = 5 }),
            });
        }

        if (card.Footnote is { Length: > 0 } footnote)
        {
            body.Add(new JsonObject { ["type"] = "text", ["text"] = footnote, ["size"] = "xxs", ["color"] = Subtle, ["wrap"] = true });
        }

        var bubble = new JsonObject
        {
            ["type"] = "bubble",
            ["body"] = new JsonObject { ["type"] = "box", ["layout"] = "vertical", ["spacing"] = "md", ["contents"] = body },
        };
        var buttons = card.Buttons.Select(Button).OfType<JsonObject>().Take(4).ToList();
        if (buttons.Count > 0)
        {
            bubble["footer"] = new JsonObject
            {
                ["type"] = "box",
                ["layout"] = "vertical",
                ["spacing"] = "sm",
                ["contents"] = new JsonArray(buttons.Select(b => (JsonNode)b).ToArray()),
            };
        }

        return bubble;
    }

    private static JsonObject Badge(AnswerCardBadge badge) => new()
    {
        ["type"] = "box",
        ["layout"] = "horizontal",
        ["contents"] = new JsonArray(new JsonObject
        {
            ["type"] = "box",
            ["layout"] = "vertical",
            ["flex"] = 0,
            ["backgroundColor"] = badge.Tone switch
            {
                AnswerCardTone.Positive => "#1e8e3e",
                AnswerCardTone.Planned => "#d9731a",
                AnswerCardTone.Negative => "#6b6b6b",
                _ => "#1f6fb5",
            },
            ["cornerRadius"] = "md",
            ["paddingTop"] = "xs",
            ["paddingBottom"] = "xs",
            ["paddingStart"] = "md",
            ["paddingEnd"] = "md",
            ["contents"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = badge.Text, ["size"] = "xs", ["weight"] = "bold", ["color"] = "#ffffff" }),
        }),
    };

    private static JsonObject Text(string text, string size, bool bold = false)
    {
        var node = new JsonObject { ["type"] = "text", ["text"] = text, ["size"] = size, ["wrap"] = true };
        if (bold)
        {
            node["weight"] = "bold";
        }

        return node;
    }

    private static JsonObject? Button(CardAction action)
    {
        var label = LineWebhookMapper.TruncateGraphemes(action.Title, LineAction.MaxLabelLength);
        var value = action.Value as string ?? (action.Value is JsonElement { ValueKind: JsonValueKind.String } v ? v.GetString() : null) ?? action.Title;
        if (action.Type == ActionTypes.OpenUrl)
        {
            // LINE opens http(s), tel and line links; anything else would have the whole message refused.
            if (value.Length > MaxUriLength || !Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http" or "tel"))
            {
                return null;
            }

            return new JsonObject
            {
                ["type"] = "button",
                ["style"] = "primary",
                ["height"] = "sm",
                ["action"] = new JsonObject { ["type"] = "uri", ["label"] = label, ["uri"] = value },
            };
        }

        if (value.Length > MaxPostbackDataLength)
        {
            return null;
        }

        // A postback, not a message action: the resident's chat shows the short label, the bot reads the data.
        return new JsonObject
        {
            ["type"] = "button",
            ["style"] = "secondary",
            ["height"] = "sm",
            ["action"] = new JsonObject { ["type"] = "postback", ["label"] = label, ["data"] = value, ["displayText"] = action.DisplayText ?? action.Title },
        };
    }
}
