using DxBot.Protocol.Schema;

namespace DxBot.Handoff;

/// <summary>What staff are shown after pressing a card's button: a message or card, and optionally a line of text before it.</summary>
public sealed record HandoffActionResult(Activity Reply, string? Note = null)
{
    public static HandoffActionResult Say(string text) => new(MessageFactory.Text(text));
}
