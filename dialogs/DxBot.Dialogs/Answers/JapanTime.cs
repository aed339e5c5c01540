namespace DxBot.Dialogs.Answers;

/// <summary>
/// The date in Japan, where the cities are: the server's own time zone is usually UTC, and a plan's fiscal year or a
/// support session's day turns at midnight in Japan, not in Greenwich.
/// </summary>
public static class JapanTime
{
    public static DateOnly Today(this TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(QuestionReport.JapanOffset).DateTime);
}
