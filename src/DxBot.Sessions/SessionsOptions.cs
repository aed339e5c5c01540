using System.ComponentModel.DataAnnotations;

namespace DxBot.Sessions;

/// <summary>Published sessions and bookings, bound from the `Sessions` section and validated at start.</summary>
public sealed class SessionsOptions
{
    public const string SectionName = "Sessions";

    /// <summary>How often reminders due are looked for (and bookings of past sessions deleted).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>From this time (Japan) on the day before a session, its reminders go out.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan ReminderTimeOfDay { get; set; } = TimeSpan.FromHours(9);

    /// <summary>Recipients of one multicast call when a new session is announced; LINE takes at most 500.</summary>
    [Range(1, 500)]
    public int AnnouncementBatchSize { get; set; } = 500;


}
