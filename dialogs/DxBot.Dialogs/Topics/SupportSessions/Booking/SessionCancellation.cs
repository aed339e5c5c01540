namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>Cancelling a session for staff (Teams or /admin): everyone booked or waiting is told, each with the notice's own retry key.</summary>
public static class SessionCancellation
{
    /// <returns>How many were told and how many could not be reached; null when there is no such session.</returns>
    public static async Task<(int Told, int NotReached)?> CancelAndNotifyAsync(ISessionStore store, ISessionNotifier? notifier, PublishedSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(session);
        if (await store.CancelSessionAsync(session.Id, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return null;
        }

        var told = 0;
        foreach (var booking in live)
        {
            if (notifier is not null && await notifier.NotifyAsync(session.CityId, booking.User, SessionStrings.SessionCancelledNotice(session),
                SessionNotices.RetryKey(SessionNotices.SessionCancelled, booking.Id), cancellationToken).ConfigureAwait(false))
            {
                told++;
            }
        }

        return (told, live.Count - told);
    }
}
