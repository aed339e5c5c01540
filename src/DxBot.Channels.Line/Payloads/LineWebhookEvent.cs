namespace DxBot.Channels.Line.Payloads;

/// <summary>
/// One webhook event, with only the fields the channel reads (webhook.yml Event and its subtypes).
/// ToString is overridden because the record holds the user's id, text and reply token, none of which may
/// reach a log by accident.
/// </summary>
public sealed record LineWebhookEvent
{
    public required string Type { get; init; }

    public required string WebhookEventId { get; init; }

    /// <summary>Milliseconds since the Unix epoch.</summary>
    public required long Timestamp { get; init; }

    public string? Mode { get; init; }

    public LineDeliveryContext? DeliveryContext { get; init; }

    public string? ReplyToken { get; init; }

    public LineEventSource? Source { get; init; }

    public LineMessageContent? Message { get; init; }

    public LinePostbackContent? Postback { get; init; }

    public bool IsRedelivery => DeliveryContext?.IsRedelivery == true;

    /// <summary>
    /// When the event happened. The timestamp is the sender's word: one outside what a date can hold (negative
    /// beyond year 1, or long.MaxValue) is clamped instead of throwing, so the event is still answered; a far-future
    /// one tries the reply token, a far-past one is pushed.
    /// </summary>
    public DateTimeOffset OccurredAt => DateTimeOffset.FromUnixTimeMilliseconds(Math.Clamp(Timestamp, MinUnixMilliseconds, MaxUnixMilliseconds));

    private static long MinUnixMilliseconds => DateTimeOffset.MinValue.ToUnixTimeMilliseconds();

    private static long MaxUnixMilliseconds => DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    public override string ToString() =>
        $"LineWebhookEvent {{ Type = {Type}, MessageType = {Message?.Type}, WebhookEventId = {WebhookEventId}, IsRedelivery = {IsRedelivery} }}";
}
