namespace DxBot.Dialogs.Answers;

/// <summary>
/// The date in Japan, where the cities are: the server's own time zone is usually UTC, and a plan's fiscal year or a
/// support session's day turns at midnight in Japan, not in Greenwich.
/// </summary>
public static class JapanTime
{
    public static DateOnly Today(this TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(QuestionReport.JapanOffset).DateTime);

    /// <summary>The month (yyyy-MM) in Japan: a LINE account's message quota is counted per calendar month there.</summary>
    public static string MonthOf(DateTimeOffset at) =>
        at.ToOffset(QuestionReport.JapanOffset).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
}
