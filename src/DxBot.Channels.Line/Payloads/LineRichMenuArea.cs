namespace DxBot.Channels.Line.Payloads;

/// <summary>A tappable area of a rich menu and what a tap does (messaging-api.yml RichMenuArea).</summary>
public sealed record LineRichMenuArea(LineRichMenuBounds Bounds, LineAction Action);
