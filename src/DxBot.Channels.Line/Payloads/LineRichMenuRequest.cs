namespace DxBot.Channels.Line.Payloads;

/// <summary>A rich menu to create (messaging-api.yml RichMenuRequest).</summary>
public sealed record LineRichMenuRequest(LineRichMenuSize Size, bool Selected, string Name, string ChatBarText, IReadOnlyList<LineRichMenuArea> Areas)
{
    /// <summary>LINE's documented limits, which its schema leaves out.</summary>
    public const int MaxChatBarTextLength = 14;

    public const int MaxNameLength = 300;

    public const int MaxAreas = 20;
}
