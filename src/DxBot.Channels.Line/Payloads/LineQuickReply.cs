namespace DxBot.Channels.Line.Payloads;

/// <summary>Buttons shown above the keyboard with a message (messaging-api.yml QuickReply).</summary>
public sealed record LineQuickReply(IReadOnlyList<LineQuickReplyItem> Items)
{
    public const int MaxItems = 13;
}
