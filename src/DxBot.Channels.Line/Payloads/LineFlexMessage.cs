using System.Text.Json;

namespace DxBot.Channels.Line.Payloads;

/// <summary>A Flex Message (messaging-api.yml FlexMessage); the container is passed through as the bot built it.</summary>
public sealed record LineFlexMessage(string AltText, JsonElement Contents) : LineMessage
{
    public const int MaxAltTextLength = 1500;

    public override string ToString() => $"LineFlexMessage {{ AltTextLength = {AltText.Length} }}";
}
