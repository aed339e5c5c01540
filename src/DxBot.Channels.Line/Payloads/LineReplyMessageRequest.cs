namespace DxBot.Channels.Line.Payloads;

/// <summary>POST /v2/bot/message/reply (messaging-api.yml ReplyMessageRequest): at most 5 messages.</summary>
public sealed record LineReplyMessageRequest(string ReplyToken, IReadOnlyList<LineMessage> Messages)
{
    public const int MaxMessages = 5;

    public override string ToString() => $"LineReplyMessageRequest {{ Messages = {Messages.Count} }}";
}
