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

    /// <summary>The cities (ids; <c>national</c> for the entries of every city) analysed again: the changed ones, or all when the shared word lists changed.</summary>
    public IReadOnlyList<string> Rebuilt { get; init; } = [];

    /// <summary>The cities taken over unchanged from the generation before.</summary>
    public IReadOnlyList<string> Reused { get; init; } = [];

    /// <summary>How long each step took (<see cref="ReindexPhases"/>), the change report's included; empty unless a generation was built.</summary>
    public IReadOnlyList<ReindexPhase> Phases { get; init; } = [];

    /// <summary>
    /// The garbage collections of the whole process while the reindex ran (the turns' included: their pauses are what
    /// a reindex costs the residents answered meanwhile), by the generation collected: gen0 only, gen1, gen2.
    /// </summary>
    public IReadOnlyList<int> GcCollections { get; init; } = [];

    /// <summary>How long the runtime was paused for garbage collection while the reindex ran (the whole process).</summary>
    public TimeSpan GcPause { get; init; }

    public bool Succeeded => Status == ReindexStatus.Succeeded;
}
