using DxBot.Channels.Line.Payloads;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>
/// Runs the bot for a LINE event and delivers its answer. What the bot sends during a turn is collected and goes
/// out at the end in ONE reply call (a reply token is single-use); when the token can no longer be used — LINE
/// says it is invalid, or the turn ran past <see cref="LineOptions.ReplyDeadline"/> — the answer is pushed.
/// </summary>
public sealed class LineAdapter : BotAdapter
{
    public const string Audience = "resident";

    private const string OutboxKey = "DxBot.Channels.Line.Outbox";

    private readonly IServiceScopeFactory _scopes;
    private readonly IOptionsMonitor<LineOptions> _options;
    private readonly LineMetrics _metrics;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<LineAdapter> _logger;
    private readonly ITurnErrorHandler? _turnErrorHandler;
    private long _nextResponseId;

    public LineAdapter(
        IServiceScopeFactory scopes,
        IOptionsMonitor<LineOptions> options,
        LineMetrics metrics,
        TimeProvider timeProvider,
        ILogger<LineAdapter> logger,
        IEnumerable<IMiddleware> middleware,
        ITurnErrorHandler? turnErrorHandler = null)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _scopes = scopes;
        _options = options;
        _metrics = metrics;
        _timeProvider = timeProvider;
        _logger = logger;
        _turnErrorHandler = turnErrorHandler;
        foreach (var item in middleware)
        {
            Use(item);
        }

        OnTurnError = HandleTurnErrorAsync;
    }

    /// <summary>Answers one webhook event of a city's LINE account (called by the background worker).</summary>
    public async Task ProcessEventAsync(string city, string? destination, LineWebhookEvent lineEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lineEvent);
        // The settings may have changed since the webhook accepted the event.
        if (!_options.CurrentValue.TryGetChannel(city, out var cityId, out var channel) || channel.ChannelAccessToken is not { } accessToken)
        {
            return;
        }

        var disposition = LineWebhookMapper.Classify(lineEvent);
        if (disposition == LineEventDisposition.Ignore)
        {
            LineLog.EventIgnored(_logger, cityId, lineEvent.Type, lineEvent.WebhookEventId);
            return;
        }

        await using var scope = _scopes.CreateAsyncScope();
        var client = scope.ServiceProvider.GetRequiredService<LineMessagingClient>();
        IReadOnlyList<Activity> outbox;
        if (disposition == LineEventDisposition.TextOnlyNotice)
        {
            outbox = [MessageFactory.Text(LineTexts.TextOnly)];
        }
        else
        {
            var activity = LineWebhookMapper.ToActivity(lineEvent, destination)!;
            var loading = activity.Type == ActivityTypes.Message && lineEvent.Source is { IsOneToOne: true, UserId: { } userId }
                ? new SlowTurnLoading(this, client, accessToken, userId, cityId, cancellationToken)
                : null;
            try
            {
                outbox = await RunTurnWithTimeoutAsync(scope.ServiceProvider, activity, cityId, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                // The animation, if it was started, is shown before the answer goes out, never after it.
                if (loading is not null)
                {
                    await loading.StopAsync().ConfigureAwait(false);
                }
            }

            if (outbox.Count == 0 && lineEvent.Type == LineEventTypes.Follow)
            {
                // A new friend must learn what the bot can do even if the bot has no welcome of its own.
                outbox = [MessageFactory.SuggestedActions(LineTexts.GreetingChoices, LineTexts.Greeting)];
            }
        }

        await DeliverAsync(client, accessToken, cityId, lineEvent, outbox, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps what the bot sends for the single reply call at the end of the turn.</summary>
    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        if (!turnContext.TurnState.TryGetValue(OutboxKey, out var value) || value is not List<Activity> outbox)
        {
            throw new InvalidOperationException("The LINE adapter sends only within a turn it runs: the answer goes out with the turn's reply token.");
        }

        lock (outbox)
        {
            outbox.AddRange(activities);
        }

        // LINE names no message before the reply call, and nothing reads these ids: a number of this process's will do.
        // A Guid each was a random read from the kernel per activity (0.5 % of a message's CPU under load).
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < responses.Length; i++)
        {
            responses[i] = new ResourceResponse(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"line-{Interlocked.Increment(ref _nextResponseId)}"));
        }

        return Task.FromResult(responses);
    }

    private async Task<IReadOnlyList<Activity>> RunTurnWithTimeoutAsync(IServiceProvider services, Activity activity, string city, CancellationToken cancellationToken)
    {
        var timeout = _options.CurrentValue.TurnTimeout;
        using var timer = new CancellationTokenSource(timeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        try
        {
            return await RunTurnAsync(services, activity, city, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (timer.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            _metrics.TurnFailed(city);
            LineLog.TurnTimedOut(_logger, city, timeout);
            return [MessageFactory.Text(LineTexts.TurnFailed)];
        }
    }

    private async Task<IReadOnlyList<Activity>> RunTurnAsync(IServiceProvider services, Activity activity, string city, CancellationToken cancellationToken)
    {
        var outbox = new List<Activity>();
        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState[TurnStateKeys.BoundCity] = city;
        turnContext.TurnState[TurnStateKeys.Audience] = Audience;
        turnContext.TurnState[OutboxKey] = outbox;
        // The bot is resolved inside the pipeline so a missing or broken registration reaches OnTurnError too.
        await RunPipelineAsync(
            turnContext,
            (context, token) => services.GetRequiredService<IBot>().OnTurnAsync(context, token),
            cancellationToken).ConfigureAwait(false);
        lock (outbox)
        {
            return [.. outbox];
        }
    }

    private async Task HandleTurnErrorAsync(ITurnContext turnContext, Exception exception)
    {
        var city = turnContext.TurnState.TryGetValue(TurnStateKeys.BoundCity, out var value) && value is string bound ? bound : "?";
        _metrics.TurnFailed(city);
        LineLog.TurnFailed(_logger, city, exception.GetType().FullName ?? exception.GetType().Name, exception.StackTrace);
        try
        {
            if (_turnErrorHandler is not null)
            {
                await _turnErrorHandler.HandleAsync(turnContext, exception).ConfigureAwait(false);
            }
            else
            {
                await turnContext.SendActivityAsync(MessageFactory.Text(LineTexts.TurnFailed), CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (Exception inner)
        {
            LineLog.ApologyFailed(_logger, city, inner.GetType().Name);
        }
    }

    private async Task DeliverAsync(LineMessagingClient client, string accessToken, string city, LineWebhookEvent lineEvent, IReadOnlyList<Activity> outbox, CancellationToken cancellationToken)
    {
        var messages = LineWebhookMapper.ToLineMessages(outbox);
        if (messages.Count == 0)
        {
            // Said aloud: a resident left without an answer and nothing in the log is how the load benchmark's few
            // lost answers stayed hidden for a day.
            LineLog.NothingToDeliver(_logger, city, lineEvent.Type, lineEvent.WebhookEventId);
            return;
        }

        string fallbackReason;
        if (lineEvent.ReplyToken is not { Length: > 0 } replyToken)
        {
            fallbackReason = "no_reply_token";
        }
        else if (_timeProvider.GetUtcNow() - lineEvent.OccurredAt > _options.CurrentValue.ReplyDeadline)
        {
            fallbackReason = "overran";
        }
        else
        {
            var reply = await client.ReplyAsync(accessToken, replyToken, messages, cancellationToken).ConfigureAwait(false);
            if (reply.IsSent)
            {
                _metrics.Delivered(city, "reply");
                LineLog.Delivered(_logger, city, lineEvent.WebhookEventId, "reply", messages.Count);
                return;
            }

            if (reply.Status == LineSendStatus.Rejected)
            {
                // LINE refused the content or our token: a push would be refused the same way.
                ReportUndelivered(city, lineEvent, "reply_rejected", reply.HttpStatus);
                return;
            }

            fallbackReason = reply.Status == LineSendStatus.InvalidReplyToken ? "invalid_reply_token" : "reply_failed";
        }

        if (lineEvent.Source?.ChatId is not { } to)
        {
            ReportUndelivered(city, lineEvent, "no_push_target", null);
            return;
        }

        _metrics.ReplyFallback(city, fallbackReason);
        LineLog.PushingInstead(_logger, city, lineEvent.WebhookEventId, fallbackReason);
        var push = await client.PushAsync(accessToken, to, messages, Guid.NewGuid(), cancellationToken).ConfigureAwait(false);
        if (push.IsSent)
        {
            _metrics.Delivered(city, "push");
            LineLog.Delivered(_logger, city, lineEvent.WebhookEventId, "push", messages.Count);
        }
        else
        {
            ReportUndelivered(city, lineEvent, push.Status == LineSendStatus.Rejected ? "push_rejected" : "push_failed", push.HttpStatus);
        }
    }

    private void ReportUndelivered(string city, LineWebhookEvent lineEvent, string reason, int? status)
    {
        _metrics.Undelivered(city, reason);
        LineLog.Undelivered(_logger, city, lineEvent.WebhookEventId, reason, status);
    }

    private async Task ShowLoadingAsync(LineMessagingClient client, string accessToken, string userId, string city, CancellationToken cancellationToken)
    {
        try
        {
            var result = await client.ShowLoadingAnimationAsync(accessToken, userId, _options.CurrentValue.LoadingSeconds, cancellationToken).ConfigureAwait(false);
            if (!result.IsSent)
            {
                LineLog.LoadingNotShown(_logger, city, result.HttpStatus?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? result.Status.ToString());
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The animation is a courtesy; the answer must not depend on it.
            LineLog.LoadingNotShown(_logger, city, ex.GetType().Name);
        }
    }

    /// <summary>
    /// Shows the loading animation if the turn has not answered within <see cref="LineOptions.LoadingDelay"/>: one timer
    /// per turn, which most turns stop before it fires (a delay task, a linked token and a race against the turn were
    /// 7 % of a message's CPU samples under load).
    /// </summary>
    private sealed class SlowTurnLoading
    {
        private readonly ITimer? _timer;
        private Task _shown = Task.CompletedTask;

        public SlowTurnLoading(LineAdapter adapter, LineMessagingClient client, string accessToken, string userId, string city, CancellationToken cancellationToken)
        {
            var delay = adapter._options.CurrentValue.LoadingDelay;
            if (delay <= TimeSpan.Zero)
            {
                _shown = adapter.ShowLoadingAsync(client, accessToken, userId, city, cancellationToken);
                return;
            }

            _timer = adapter._timeProvider.CreateTimer(
                _ => Volatile.Write(ref _shown, cancellationToken.IsCancellationRequested ? Task.CompletedTask : adapter.ShowLoadingAsync(client, accessToken, userId, city, cancellationToken)),
                null,
                delay,
                Timeout.InfiniteTimeSpan);
        }

        /// <summary>Stops the timer and waits for an animation call it started.</summary>
        public async Task StopAsync()
        {
            if (_timer is not null)
            {
                // Waits for a callback already running, so the task it started is seen below.
                await _timer.DisposeAsync().ConfigureAwait(false);
            }

            await Volatile.Read(ref _shown).ConfigureAwait(false);
        }
    }
}
