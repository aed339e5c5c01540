using DxBot.Dialogs.Topics.SupportSessions.Booking;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Sessions;

/// <summary>
/// Sends the day-before reminders (from <see cref="SessionsOptions.ReminderTimeOfDay"/> Japan time on the day before
/// the session) and deletes the bookings of sessions that are over. Runs on <see cref="TimeProvider"/>, so tests move
/// time instead of waiting. A reminder is marked sent only after LINE took it; its retry key makes a second
/// instance's identical send a no-op at LINE.
/// </summary>
public sealed partial class SessionReminderService(
    ISessionStore store,
    ISessionNotifier notifier,
    IOptions<SessionsOptions> options,
    TimeProvider time,
    ILogger<SessionReminderService> logger) : BackgroundService
{
    private static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>Completed after every pass (tests wait on it instead of sleeping).</summary>
    public event EventHandler<int>? PassCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReminderInterval, time);
        do
        {
            try
            {
                var sent = await RunOnceAsync(stoppingToken).ConfigureAwait(false);
                PassCompleted?.Invoke(this, sent);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly away; the next pass tries again.
                PassFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>One pass: the reminders due now; returns how many LINE took.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await store.DueRemindersAsync(now, now.AddDays(2), cancellationToken).ConfigureAwait(false);
        var sent = 0;
        foreach (var (session, booking) in candidates.Where(c => IsDue(c.Session.Start, now)))
        {
            var delivered = await notifier.NotifyAsync(session.CityId, booking.User, SessionStrings.Reminder(session),
                SessionNotices.RetryKey(SessionNotices.Reminder, booking.Id), cancellationToken).ConfigureAwait(false);
            if (delivered)
            {
                await store.MarkRemindedAsync(booking.Id, now, cancellationToken).ConfigureAwait(false);
                sent++;
            }
        }

        var forgotten = await store.ForgetBookingsBeforeAsync(now, cancellationToken).ConfigureAwait(false);
        if (sent > 0 || forgotten > 0)
        {
            PassDone(logger, sent, forgotten);
        }

        return sent;
    }

    /// <summary>On the day before the session (Japan), from the reminder time on: 「明日は…」 is then true.</summary>
    private bool IsDue(DateTimeOffset start, DateTimeOffset now)
    {
        var startDay = DateOnly.FromDateTime(start.ToOffset(JapanOffset).DateTime);
        var nowJapan = now.ToOffset(JapanOffset);
        return DateOnly.FromDateTime(nowJapan.DateTime) == startDay.AddDays(-1) && nowJapan.TimeOfDay >= options.Value.ReminderTimeOfDay;
    }

    [LoggerMessage(1, LogLevel.Information, "Session reminders: {Sent} sent, {Forgotten} bookings of past sessions deleted.")]
    private static partial void PassDone(ILogger logger, int sent, int forgotten);

    [LoggerMessage(2, LogLevel.Warning, "Session reminder pass failed with {ExceptionType}; the next pass tries again.")]
    private static partial void PassFailed(ILogger logger, string exceptionType);
}
