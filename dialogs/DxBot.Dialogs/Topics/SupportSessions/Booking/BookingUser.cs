namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>
/// Who booked: the channel and the channel's user id (for LINE, the id a push goes to). Stored encrypted, never
/// logged; a class so that no generated ToString can print the id.
/// </summary>
public sealed class BookingUser(string channel, string userId)
{
    public string Channel { get; } = channel;

    public string UserId { get; } = userId;

    public bool Is(BookingUser other) =>
        other is not null && string.Equals(Channel, other.Channel, StringComparison.Ordinal) && string.Equals(UserId, other.UserId, StringComparison.Ordinal);

    public override string ToString() => $"BookingUser {{ Channel = {Channel} }}";
}
