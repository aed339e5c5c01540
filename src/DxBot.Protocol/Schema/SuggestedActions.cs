namespace DxBot.Protocol.Schema;

/// <summary>Quick replies offered with a message.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions)
{
    public IReadOnlyList<string>? To { get; init; }
}
