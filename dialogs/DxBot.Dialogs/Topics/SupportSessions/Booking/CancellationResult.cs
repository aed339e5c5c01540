namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>A resident's cancellation: whether there was a booking, and whom it moved up from the waiting list.</summary>
public sealed record CancellationResult(bool Cancelled, PublishedSession? Session, SessionBooking? Promoted);
