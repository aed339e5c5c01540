namespace DxBot.Knowledge;

/// <summary>How long one step of a reindex took (wall clock): where a reindex's seconds go, for the log and the bench.</summary>
public sealed record ReindexPhase(string Name, TimeSpan Elapsed);
