namespace DxBot.Channels.Line.Payloads;

/// <summary>A text message (messaging-api.yml TextMessage); at most 5000 UTF-16 code units.</summary>
public sealed record LineTextMessage(string Text) : LineMessage
{
    public const int MaxLength = 5000;

    public override string ToString() => $"LineTextMessage {{ Length = {Text.Length}, QuickReplyItems = {QuickReply?.Items.Count ?? 0} }}";
}
