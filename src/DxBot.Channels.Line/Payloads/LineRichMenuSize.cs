namespace DxBot.Channels.Line.Payloads;

/// <summary>A rich menu's size in pixels, which its image must have (messaging-api.yml RichMenuSize).</summary>
public sealed record LineRichMenuSize(int Width, int Height);
