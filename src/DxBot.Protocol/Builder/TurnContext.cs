using DxBot.Protocol.Schema;

namespace DxBot.Protocol.Builder;

/// <summary>The default turn context: fills in the addressing of replies and hands them to the adapter.</summary>
public sealed class TurnContext(BotAdapter adapter, Activity activity) : ITurnContext
{
    private readonly List<Activity> _sent = [];

    public BotAdapter Adapter { get; } = adapter;

    public Activity Activity { get; set; } = activity;

    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>();

    public IReadOnlyList<Activity> SentActivities => _sent;

    public async Task<ResourceResponse?> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reference = Activity.CreateReply();
        var addressed = activity with
        {
            ChannelId = activity.ChannelId ?? reference.ChannelId,
            ServiceUrl = activity.ServiceUrl ?? reference.ServiceUrl,
            Conversation = activity.Conversation ?? reference.Conversation,
            From = activity.From ?? reference.From,
            Recipient = activity.Recipient ?? reference.Recipient,
            ReplyToId = activity.ReplyToId ?? reference.ReplyToId,
            Locale = activity.Locale ?? reference.Locale,
        };
        _sent.Add(addressed);
        var responses = await Adapter.SendActivitiesAsync(this, [addressed], cancellationToken).ConfigureAwait(false);
        return responses.Length > 0 ? responses[0] : null;
    }
}
