using System.Text.Json.Serialization;

namespace DxBot.Channels.Line.Payloads;

/// <summary>A message the bot sends (messaging-api.yml Message); `type` is written from the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(LineTextMessage), "text")]
[JsonDerivedType(typeof(LineFlexMessage), "flex")]
public abstract record LineMessage
{
    public LineQuickReply? QuickReply { get; init; }
}
