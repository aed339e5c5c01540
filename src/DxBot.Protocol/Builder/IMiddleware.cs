namespace DxBot.Protocol.Builder;

/// <summary>Runs around every turn, before the bot, as Bot Builder middleware does.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken);
}
