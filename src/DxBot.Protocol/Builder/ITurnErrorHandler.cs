namespace DxBot.Protocol.Builder;

/// <summary>What an adapter does when the bot throws during a turn (adapters take it from DI and set OnTurnError).</summary>
public interface ITurnErrorHandler
{
    Task HandleAsync(ITurnContext turnContext, Exception exception);
}
