using DxBot.Knowledge.Model;

namespace DxBot.Knowledge;

/// <summary>What a reindex did: on failure the previous generation stays in service and Failure says why.</summary>
public sealed record ReindexOutcome(bool Succeeded, long Generation, int Entries, int Cities, int Files, IReadOnlyList<KnowledgeError> Errors, TimeSpan Elapsed)
{
    public string? Failure { get; init; }
}
