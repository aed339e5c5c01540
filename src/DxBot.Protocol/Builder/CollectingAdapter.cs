using DxBot.Protocol.Schema;

namespace DxBot.Protocol.Builder;

/// <summary>
/// An adapter that keeps a turn's replies in memory and returns them, for channels that answer a request with
/// its replies in one go (LINE's reply call, the terminal, the eval runner, tests).
/// </summary>
public class CollectingAdapter : BotAdapter
{
    private int _nextId;

    /// <summary>Runs one turn and returns the activities the bot sent, in order.</summary>
    public async Task<IReadOnlyList<Activity>> ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var turnContext = new TurnContext(this, activity);
        await RunPipelineAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
        return turnContext.SentActivities;
    }

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        var responses = activities.Select(_ => new ResourceResponse($"local-{Interlocked.Increment(ref _nextId)}")).ToArray();
        return Task.FromResult(responses);
    }
}
