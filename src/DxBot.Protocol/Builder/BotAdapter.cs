using DxBot.Protocol.Schema;

namespace DxBot.Protocol.Builder;

/// <summary>
/// Connects the bot to a channel: runs the middleware pipeline for an incoming activity and delivers what the
/// bot sends. Each channel (Bot Framework connector, LINE, the terminal) derives from it.
/// </summary>
public abstract class BotAdapter
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>Called when the bot throws: the default rethrows; adapters log and apologise.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public BotAdapter Use(IMiddleware middleware)
    {
        _middleware.Add(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    /// <summary>Runs one turn through the middleware and the callback.</summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(0, turnContext, callback, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (OnTurnError is not null && ex is not OperationCanceledException)
        {
            await OnTurnError(turnContext, ex).ConfigureAwait(false);
        }
    }

    private Task RunAsync(int index, ITurnContext turnContext, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turnContext, ct => RunAsync(index + 1, turnContext, callback, ct), cancellationToken);
    }
}
