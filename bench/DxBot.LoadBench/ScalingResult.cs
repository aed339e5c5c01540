namespace DxBot.LoadBench;

/// <summary>One knowledge size: the bot under load with it, and search alone in this process.</summary>
/// <param name="OneCityReindex">A reindex after one file of one city was edited (incremental: that city only).</param>
internal sealed record ScalingResult(int Times, int Entries, TimeSpan BotStartup, RunResult Load, QueryLatency.Figures Query, RunResult? Reindex, RunResult? OneCityReindex = null);
