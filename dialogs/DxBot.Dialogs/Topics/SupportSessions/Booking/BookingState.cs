namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>A booking's state; stored as its lower-case name.</summary>
public enum BookingState
{
    Booked,
    Waiting,
    Cancelled,
}
