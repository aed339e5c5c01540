using System.Text.Json.Serialization;

namespace DxBot.Channels.Line.Payloads;

/// <summary>An action of a button (messaging-api.yml Action); the label is counted in grapheme clusters.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LineMessageAction), "message")]
public abstract record LineAction(string Label)
{
    public const int MaxLabelLength = 20;
}
