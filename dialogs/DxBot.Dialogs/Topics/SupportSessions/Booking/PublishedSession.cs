namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>A dated session staff published (Teams card, CSV or iCalendar import), as stored.</summary>
/// <param name="IsSample">A sample for trying the bot: shown with a 「サンプル」 mark, never loaded by default.</param>
public sealed record PublishedSession(
    long Id,
    string CityId,
    string Programme,
    DateTimeOffset Start,
    DateTimeOffset? End,
    string Venue,
    int Capacity,
    string? Fee,
    string? Bring,
    string? HowToApply,
    bool Cancelled,
    bool IsSample)
{
    /// <summary>Seats taken by bookings in state booked (not the waiting list).</summary>
    public int Booked { get; init; }

    public int Waiting { get; init; }

    public int SeatsLeft => Math.Max(0, Capacity - Booked);
}
