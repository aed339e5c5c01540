namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>A session to publish; <paramref name="ExternalId"/> (an iCalendar UID) makes a repeated import update instead of adding.</summary>
public sealed record NewSession(
    string CityId,
    string Programme,
    DateTimeOffset Start,
    DateTimeOffset? End,
    string Venue,
    int Capacity,
    string? Fee = null,
    string? Bring = null,
    string? HowToApply = null,
    string? ExternalId = null,
    bool IsSample = false);
