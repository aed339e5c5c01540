namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>What a session command asks for; the last three are staff commands.</summary>
public enum SessionCommandKind
{
    Book,
    CancelBooking,
    Remind,
    MyBookings,
    Register,
    ListBookings,
    CancelSession,
}
