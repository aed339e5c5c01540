using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// At most <see cref="LimitsOptions.TurnsPerWindowPerUser"/> messages per user and window reach the bot. The first
/// message over the limit is answered once with a request to wait; the rest of the window's messages are dropped
/// without running the bot, so one flooding user cannot take the workers from everyone else.
/// </summary>
internal sealed class TurnRateLimitMiddleware : Protocol.Builder.IMiddleware
{
    private readonly UserTurnWindows _windows;
    private readonly ILogger<TurnRateLimitMiddleware> _logger;

    public TurnRateLimitMiddleware(IOptions<LimitsOptions> options, ILogger<TurnRateLimitMiddleware> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _windows = new UserTurnWindows(limits.TurnsPerWindowPerUser, limits.Window, TimeProvider.System);
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
        var admission = _windows.Admit(key);
        if (admission == TurnAdmission.Admitted)
        {
            await next(cancellationToken).ConfigureAwait(false);
            return;
        }

        if (admission == TurnAdmission.TellToWait)
        {
            _logger.LogInformation("A user on {Channel} went over Limits:TurnsPerWindowPerUser; told to wait, further messages in the window are dropped.", activity.ChannelId);
            await turnContext.SendActivityAsync(MessageFactory.Text(HostStrings.TooManyMessages), cancellationToken).ConfigureAwait(false);
        }
    }
}
