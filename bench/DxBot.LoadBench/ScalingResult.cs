namespace DxBot.LoadBench;

/// <summary>One knowledge size: the bot under load with it, and search alone in this process.</summary>
internal sealed record ScalingResult(int Times, int Entries, TimeSpan BotStartup, RunResult Load, QueryLatency.Figures Query, RunResult? Reindex);
