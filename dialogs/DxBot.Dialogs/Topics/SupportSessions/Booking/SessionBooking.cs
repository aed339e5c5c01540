namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>One booking with its user decrypted, for notifying them; staff lists show the number, never the user.</summary>
public sealed record SessionBooking(long Id, long SessionId, BookingUser User, BookingState State, bool Reminder, DateTimeOffset? RemindedAt, DateTimeOffset CreatedAt);
