namespace DxBot.Channels.Line.Payloads;

/// <summary>One quick reply button (messaging-api.yml QuickReplyItem).</summary>
public sealed record LineQuickReplyItem(LineAction Action)
{
    public string Type => "action";
}
