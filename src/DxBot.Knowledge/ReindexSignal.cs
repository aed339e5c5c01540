namespace DxBot.Knowledge;

/// <summary>A reindex that succeeded on instance <paramref name="Origin"/>, reaching the others.</summary>
public sealed record ReindexSignal(string Origin, long Generation, DateTimeOffset At);
