namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>
/// Sends a message to a resident outside a turn (reminders, a place moved up, a cancelled session). The channel
/// implements it; <paramref name="retryKey"/> is the same for the same notice, so a retried send is delivered once.
/// </summary>
public interface ISessionNotifier
{
    Task<bool> NotifyAsync(string cityId, BookingUser user, string text, Guid retryKey, CancellationToken cancellationToken);

    /// <summary>One message to many (a new session to the city's subscribers), in batches, within the channel's monthly quota.</summary>
    Task<AnnouncementResult> AnnounceAsync(string cityId, IReadOnlyList<BookingUser> users, string text, Guid retryKey, CancellationToken cancellationToken);
}
