using DxBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace DxBot.Handoff;

/// <summary>
/// Every `Handoff:CheckInterval` (on the host's TimeProvider): closes requests nobody answered within
/// `ExpireAfterHours` (the resident is told), recalls in the staff channel those waiting longer than
/// `RemindAfterHours` (once), sends cards that could not be sent, and deletes requests older than `RetentionDays`.
/// Expiry and reminders are claimed by a conditional update, so several instances may run it at once (an unsent card
/// may then be sent twice).
/// </summary>
internal sealed class HandoffMaintenanceService(
    HandoffService handoff,
    IOptionsMonitor<HandoffOptions> options,
    TimeProvider time,
    ILogger<HandoffMaintenanceService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.CurrentValue.CheckInterval, time);
        try
        {
            do
            {
                try
                {
                    await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // The database or a channel being down must not end the loop: the next tick tries again.
                    logger.LogWarning("Handoff maintenance failed ({Error}); it runs again in {Interval}.", e.GetType().Name, options.CurrentValue.CheckInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        var waiting = await handoff.Store.WaitingSinceAsync(now, cancellationToken).ConfigureAwait(false);
        foreach (var record in waiting)
        {
            var age = now - record.CreatedAt;
            if (age >= TimeSpan.FromHours(settings.ExpireAfterHours))
            {
                if (await handoff.ExpireAsync(record, cancellationToken).ConfigureAwait(false))
                {
                    logger.LogInformation("Handoff {Id} of {City} expired unanswered.", HandoffCards.ShortId(record.Id), record.City);
                }

                continue;
            }

            if (record.CardActivityId is null)
            {
                await handoff.TrySendCardAsync(record, cancellationToken).ConfigureAwait(false);
            }

            if (record.RemindedAt is null && age >= TimeSpan.FromHours(settings.RemindAfterHours)
                && await handoff.Store.ClaimReminderAsync(record.Id, now, cancellationToken).ConfigureAwait(false))
            {
                var reminder = MessageFactory.Text(HandoffStaffStrings.Reminder(handoff.CityName(record.City), HandoffCards.JapanTimeText(record.CreatedAt), HandoffCards.ShortId(record.Id), record.Question));
                var sent = false;
                try
                {
                    sent = await handoff.SendToStaffAsync(record.City, reminder, cancellationToken).ConfigureAwait(false) is not null;
                }
                catch (HttpRequestException e)
                {
                    logger.LogWarning("The reminder of handoff {Id} could not be sent ({Status}).", HandoffCards.ShortId(record.Id), e.StatusCode);
                }

                if (!sent)
                {
                    await handoff.Store.ReleaseReminderAsync(record.Id, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        var purged = await handoff.Store.PurgeAsync(now - TimeSpan.FromDays(settings.RetentionDays), cancellationToken).ConfigureAwait(false);
        if (purged > 0)
        {
            logger.LogInformation("Deleted {Count} handoff requests past the retention period.", purged);
        }
    }
}
