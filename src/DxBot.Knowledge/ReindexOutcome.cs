using DxBot.Knowledge.Changes;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge;

/// <summary>What a reindex did: unless it succeeded the previous generation stays in service and Failure says why.</summary>
public sealed record ReindexOutcome(ReindexStatus Status, long Generation, int Entries, int Cities, int Files, IReadOnlyList<KnowledgeError> Errors, TimeSpan Elapsed)
{
    public string? Failure { get; init; }

    /// <summary>The knowledge had not changed since the generation in service was built, so it was kept without a build.</summary>
    public bool Unchanged { get; init; }

    /// <summary>What the new generation changed against the one it replaced (none unless it succeeded).</summary>
    public KnowledgeChanges Changes { get; init; } = KnowledgeChanges.None;

    public bool Succeeded => Status == ReindexStatus.Succeeded;
}
