namespace DxBot.Channels.Line;

/// <summary>Retries of calls LINE refused with 429 or 5xx (or that timed out), with exponential backoff and jitter.</summary>
public sealed class LineRetryOptions
{
    public int MaxAttempts { get; set; } = 3;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between attempts, including one LINE asks for with Retry-After.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);
}
