namespace DxBot.Dialogs.Topics.SupportSessions.Booking;

/// <summary>An announcement's outcome: how many were subscribed, how many it reached, and whether the quota stopped it.</summary>
public sealed record AnnouncementResult(int Subscribers, int Sent, bool QuotaExceeded);
