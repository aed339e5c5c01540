namespace DxBot.Channels.Line.Payloads;

/// <summary>The message of a message event (webhook.yml MessageContent); only text is read.</summary>
public sealed record LineMessageContent
{
    public required string Type { get; init; }

    public required string Id { get; init; }

    public string? Text { get; init; }

    // The text may hold anything a resident typed, My Number included.
    public override string ToString() => $"LineMessageContent {{ Type = {Type}, Id = {Id} }}";
}
