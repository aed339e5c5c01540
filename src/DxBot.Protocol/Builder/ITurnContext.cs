using DxBot.Protocol.Schema;

namespace DxBot.Protocol.Builder;

/// <summary>One turn of a conversation: the incoming activity and the way to answer it.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    /// <summary>The incoming activity; middleware may replace it (e.g. to redact what must not be kept).</summary>
    Activity Activity { get; set; }

    /// <summary>Per-turn services and values (keyed by name), discarded at the end of the turn.</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>Everything sent so far in this turn.</summary>
    IReadOnlyList<Activity> SentActivities { get; }

    Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);
}
