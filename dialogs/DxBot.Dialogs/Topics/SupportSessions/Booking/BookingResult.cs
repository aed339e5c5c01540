namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>The outcome of a booking and the session as it is after it (seats left, waiting list).</summary>
public sealed record BookingResult(BookingOutcomeKind Outcome, PublishedSession? Session, long? BookingId = null, int WaitingPosition = 0);
