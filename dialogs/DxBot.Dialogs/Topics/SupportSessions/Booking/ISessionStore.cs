namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>
/// Published sessions and their bookings, kept in the database so that the bot answers from them at once (no
/// reindex) and several instances share them. Booking and cancelling are atomic: capacity is never exceeded, and a
/// cancellation moves up the first waiting booking in the same transaction.
/// </summary>
public interface ISessionStore
{
    Task<PublishedSession> PublishAsync(NewSession session, CancellationToken cancellationToken);

    /// <summary>Sessions of the city not yet started and not cancelled, soonest first.</summary>
    Task<IReadOnlyList<PublishedSession>> UpcomingAsync(string cityId, DateTimeOffset now, int max, CancellationToken cancellationToken);

    /// <summary>Every session of the city from <paramref name="from"/> on, cancelled ones included (the iCalendar feed, staff lists).</summary>
    Task<IReadOnlyList<PublishedSession>> ListAsync(string cityId, DateTimeOffset from, CancellationToken cancellationToken);

    Task<PublishedSession?> FindAsync(long sessionId, CancellationToken cancellationToken);

    Task<BookingResult> BookAsync(long sessionId, BookingUser user, DateTimeOffset now, CancellationToken cancellationToken);

    Task<CancellationResult> CancelBookingAsync(long sessionId, BookingUser user, CancellationToken cancellationToken);

    /// <summary>Turns the day-before reminder on for the user's booking or waiting place; false when they have none.</summary>
    Task<bool> SetReminderAsync(long sessionId, BookingUser user, bool reminder, CancellationToken cancellationToken);

    /// <summary>The user's live bookings (booked or waiting) of the city's sessions not yet started.</summary>
    Task<IReadOnlyList<(PublishedSession Session, SessionBooking Booking)>> BookingsOfAsync(string cityId, BookingUser user, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>A session's live bookings (booked, then waiting, each in booking order).</summary>
    Task<IReadOnlyList<SessionBooking>> BookingsForAsync(long sessionId, CancellationToken cancellationToken);

    /// <summary>Cancels the session; returns the bookings that were live, to be told, or null when there is no such session.</summary>
    Task<IReadOnlyList<SessionBooking>?> CancelSessionAsync(long sessionId, CancellationToken cancellationToken);

    /// <summary>Booked places with the reminder on, not yet reminded, whose session starts within <paramref name="horizon"/> of now.</summary>
    Task<IReadOnlyList<(PublishedSession Session, SessionBooking Booking)>> DueRemindersAsync(DateTimeOffset now, DateTimeOffset horizon, CancellationToken cancellationToken);

    Task MarkRemindedAsync(long bookingId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Subscribes the user to the city's 「教室のお知らせ」; false when already subscribed.</summary>
    Task<bool> SubscribeAsync(string cityId, BookingUser user, CancellationToken cancellationToken);

    /// <summary>Ends the user's subscription; false when there was none.</summary>
    Task<bool> UnsubscribeAsync(string cityId, BookingUser user, CancellationToken cancellationToken);

    Task<IReadOnlyList<BookingUser>> SubscribersAsync(string cityId, CancellationToken cancellationToken);

    /// <summary>Deletes the bookings (and so the encrypted user ids) of sessions that ended before <paramref name="cutoff"/>.</summary>
    Task<int> ForgetBookingsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
