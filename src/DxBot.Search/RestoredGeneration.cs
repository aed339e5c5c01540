namespace DxBot.Search;

/// <summary>A generation put back in service from the index root at start, before any rebuild.</summary>
/// <param name="Problem">Why it is not the one <c>current</c> named (then it was the newest good one on disk); null when it was.</param>
public sealed record RestoredGeneration(long Generation, int Entries, string? Problem);
