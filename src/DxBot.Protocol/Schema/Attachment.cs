namespace DxBot.Protocol.Schema;

/// <summary>A card or media attached to an activity.</summary>
public sealed record Attachment(string ContentType)
{
    public string? ContentUrl { get; init; }

    /// <summary>The card payload: a typed card when sent, a JsonElement when received.</summary>
    public object? Content { get; init; }

    public string? Name { get; init; }
}
