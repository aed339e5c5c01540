using System.Text.Json.Serialization;

namespace DxBot.Channels.Teams.Cards;

/// <summary>An element of a card's body; the JSON "type" names the kind.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveTextBlock), "TextBlock")]
public abstract record AdaptiveElement
{
    /// <summary>Space above the element: "none", "small", "default", "medium"…; null for the host's default.</summary>
    public string? Spacing { get; init; }
}
