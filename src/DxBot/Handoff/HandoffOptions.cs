namespace DxBot.Handoff;

/// <summary>「職員に聞く」: where residents' questions go and how long they are kept, bound from the `Handoff` section.</summary>
public sealed class HandoffOptions
{
    public const string SectionName = "Handoff";

    /// <summary>Days a request (question, answer, encrypted user id) is kept before it is deleted.</summary>
    public int RetentionDays { get; set; } = 30;

    /// <summary>A request nobody answered is closed after this, and the resident told to contact the office.</summary>
    public int ExpireAfterHours { get; set; } = 72;

    /// <summary>A request waiting this long is recalled once in the staff channel.</summary>
    public int RemindAfterHours { get; set; } = 24;

    /// <summary>How often expiry, reminders, unsent cards and the retention period are checked.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Per city id: the staff channel in Teams (else the one the bot was added to) and the department answers come from.</summary>
    public Dictionary<string, HandoffCityOptions> Cities { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The department an answer names when staff leave it empty and the city names none.</summary>
    public string DefaultDepartment { get; set; } = "市役所";
}
