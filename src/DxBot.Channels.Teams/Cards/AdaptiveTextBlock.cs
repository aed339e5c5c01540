namespace DxBot.Channels.Teams.Cards;

/// <summary>A paragraph of text.</summary>
public sealed record AdaptiveTextBlock(string Text) : AdaptiveElement
{
    public bool Wrap { get; init; } = true;

    public bool? IsSubtle { get; init; }

    /// <summary>"small", "default", "medium"…; null for default.</summary>
    public string? Size { get; init; }
}
