using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Cli;

/// <summary>
/// One conversation with the bot in this process, through the same middleware, dialogs and state as a channel
/// (channel parsing aside): what `ask`, `chat` and `eval` use.
/// </summary>
public sealed class LocalConversation
{
    private readonly CollectingAdapter _adapter = new();
    private readonly IBot _bot;
    private readonly string _channelId;
    private readonly string? _city;
    private readonly bool _isAdmin;
    private readonly ConversationAccount _conversation = new($"local-{Guid.NewGuid():N}");
    // Each conversation is its own resident: what one remembers (the city) must not leak into the next eval case.
    private readonly ChannelAccount _user = new($"local-user-{Guid.NewGuid():N}", "local user");
    private readonly ChannelAccount _botAccount = new("dxbot", "DxBot");
    private int _turn;

    public LocalConversation(IServiceProvider services, string channel, string? city, bool isAdmin = false)
    {
        _bot = services.GetRequiredService<IBot>();
        _channelId = channel;
        _city = city;
        _isAdmin = isAdmin;
        foreach (var middleware in services.GetServices<Protocol.Builder.IMiddleware>())
        {
            _adapter.Use(middleware);
        }

        var errors = services.GetRequiredService<ITurnErrorHandler>();
        _adapter.OnTurnError = errors.HandleAsync;
    }

    public Task<IReadOnlyList<Activity>> SendAsync(string text, CancellationToken cancellationToken) =>
        RunAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);

    /// <summary>The bot joining the conversation, as a channel announces it.</summary>
    public Task<IReadOnlyList<Activity>> StartAsync(CancellationToken cancellationToken) =>
        RunAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [_user] }, cancellationToken);

    private Task<IReadOnlyList<Activity>> RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        var incoming = activity with
        {
            Id = $"turn-{++_turn}",
            ChannelId = _channelId,
            Conversation = _conversation,
            From = _user,
            Recipient = _botAccount,
            Timestamp = DateTimeOffset.UtcNow,
            Locale = "ja-JP",
        };
        return _adapter.ProcessActivityAsync(incoming, (turnContext, ct) =>
        {
            if (_city is not null)
            {
                turnContext.TurnState[TurnStateKeys.BoundCity] = _city;
            }

            turnContext.TurnState[TurnStateKeys.Audience] = _channelId == "teams" ? "staff" : "resident";
            turnContext.TurnState[TurnStateKeys.IsAdmin] = _isAdmin;
            return _bot.OnTurnAsync(turnContext, ct);
        }, cancellationToken);
    }
}
