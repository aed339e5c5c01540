namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>Tells a city's 「教室のお知らせ」 subscribers about newly published sessions (samples are never announced).</summary>
public static class SessionAnnouncer
{
    public static async Task<AnnouncementResult> AnnounceAsync(ISessionStore store, ISessionNotifier notifier, string cityId, IReadOnlyList<PublishedSession> published, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(notifier);
        ArgumentNullException.ThrowIfNull(published);
        var real = published.Where(s => !s.IsSample && !s.Cancelled).ToList();
        if (real.Count == 0)
        {
            return new AnnouncementResult(0, 0, false);
        }

        var subscribers = await store.SubscribersAsync(cityId, cancellationToken).ConfigureAwait(false);
        if (subscribers.Count == 0)
        {
            return new AnnouncementResult(0, 0, false);
        }

        // One key per publication: the same sessions announced again (a retried request) are delivered once.
        var key = SessionNotices.RetryKey("announce-" + string.Join(",", real.Select(s => s.Id)), real[0].Id);
        return await notifier.AnnounceAsync(cityId, subscribers, SessionStrings.Announcement(real), key, cancellationToken).ConfigureAwait(false);
    }
}
