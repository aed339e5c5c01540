namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>What a booking attempt came to.</summary>
public enum BookingOutcomeKind
{
    Booked,
    Waiting,
    AlreadyBooked,
    AlreadyWaiting,
    NotOpen,
    NotFound,
}
