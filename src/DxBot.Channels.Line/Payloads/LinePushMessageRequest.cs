namespace DxBot.Channels.Line.Payloads;

/// <summary>POST /v2/bot/message/push (messaging-api.yml PushMessageRequest): at most 5 messages.</summary>
public sealed record LinePushMessageRequest(string To, IReadOnlyList<LineMessage> Messages)
{
    public override string ToString() => $"LinePushMessageRequest {{ Messages = {Messages.Count} }}";
}
