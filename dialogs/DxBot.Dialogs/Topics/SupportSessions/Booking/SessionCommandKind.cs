namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>What a session command asks for; Register, ListBookings and CancelSession are staff commands.</summary>
public enum SessionCommandKind
{
    Book,
    CancelBooking,
    Remind,
    MyBookings,
    Subscribe,
    Unsubscribe,
    Register,
    ListBookings,
    CancelSession,
}
