using System.Threading.RateLimiting;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// At most <see cref="LimitsOptions.TurnsPerWindowPerUser"/> messages per user and window reach the bot. The first
/// message over the limit is answered once with a request to wait; the rest of the window's messages are dropped
/// without running the bot, so one flooding user cannot take the workers from everyone else.
/// </summary>
internal sealed class TurnRateLimitMiddleware : Protocol.Builder.IMiddleware, IDisposable
{
    private readonly PartitionedRateLimiter<string> _turns;
    private readonly PartitionedRateLimiter<string> _notices;
    private readonly ILogger<TurnRateLimitMiddleware> _logger;

    public TurnRateLimitMiddleware(IOptions<LimitsOptions> options, ILogger<TurnRateLimitMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _turns = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(user, _ => Window(limits.TurnsPerWindowPerUser, limits.Window)));
        _notices = PartitionedRateLimiter.Create<string, string>(user => RateLimitPartition.GetFixedWindowLimiter(user, _ => Window(1, limits.Window)));
        _logger = logger;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || activity.From?.Id is not { Length: > 0 } userId)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        // The key stays in memory only; it is never logged (a LINE user id is personal data).
        var key = (activity.ChannelId ?? string.Empty) + "\n" + userId;
        using (var lease = _turns.AttemptAcquire(key))
        {
            if (lease.IsAcquired)
            {
                await next(cancellationToken).ConfigureAwait(false);
                return;
            }
        }

        using var notice = _notices.AttemptAcquire(key);
        if (notice.IsAcquired)
        {
            _logger.LogInformation("A user on {Channel} went over Limits:TurnsPerWindowPerUser; told to wait, further messages in the window are dropped.", activity.ChannelId);
            await turnContext.SendActivityAsync(MessageFactory.Text(HostStrings.TooManyMessages), cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        _turns.Dispose();
        _notices.Dispose();
    }

    private static FixedWindowRateLimiterOptions Window(int permits, TimeSpan window) => new()
    {
        PermitLimit = permits,
        Window = window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
