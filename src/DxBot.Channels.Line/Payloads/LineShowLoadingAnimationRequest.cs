namespace DxBot.Channels.Line.Payloads;

/// <summary>POST /v2/bot/chat/loading/start (messaging-api.yml ShowLoadingAnimationRequest); 1:1 chats only.</summary>
public sealed record LineShowLoadingAnimationRequest(string ChatId, int LoadingSeconds)
{
    public override string ToString() => $"LineShowLoadingAnimationRequest {{ LoadingSeconds = {LoadingSeconds} }}";
}
