namespace DxBot.Channels.Line.Payloads;

/// <summary>An area's rectangle in the image's pixels (messaging-api.yml RichMenuBounds).</summary>
public sealed record LineRichMenuBounds(int X, int Y, int Width, int Height);
