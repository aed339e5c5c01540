using System.Text.Json;

namespace DxBot.Protocol.Schema;

/// <summary>
/// The Bot Framework Activity: every message, event and update exchanged with a channel.
/// Only the fields this bot reads or writes are modelled; names follow the published schema (camelCase on the wire).
/// </summary>
public sealed record Activity
{
    public string Type { get; init; } = ActivityTypes.Message;

    public string? Id { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? ServiceUrl { get; init; }

    public string? ChannelId { get; init; }

    public ChannelAccount? From { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public string? TextFormat { get; init; }

    public string? Locale { get; init; }

    public string? Text { get; init; }

    public string? InputHint { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public string? AttachmentLayout { get; init; }

    public SuggestedActions? SuggestedActions { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    /// <summary>Channel-specific payload: JsonElement when received.</summary>
    public object? ChannelData { get; init; }

    public string? ReplyToId { get; init; }

    /// <summary>A card submit or postback payload: JsonElement when received.</summary>
    public JsonElement? Value { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }

    /// <summary>Creates a message reply addressed back to the sender of this activity.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        From = Recipient,
        Recipient = From,
        ReplyToId = Id,
        Locale = Locale,
    };
}
