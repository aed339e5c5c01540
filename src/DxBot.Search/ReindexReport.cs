using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>The outcome of a reindex, for the CLI, the admin endpoint and the Teams command.</summary>
/// <param name="Generation">The generation in service afterwards (the old one when the build failed).</param>
/// <param name="Errors">The knowledge files' errors (skipped sections, bad rows) and indexing warnings.</param>
public sealed record ReindexReport(long Generation, int Entries, int Cities, int Files, IReadOnlyList<KnowledgeError> Errors, TimeSpan Elapsed)
{
    /// <summary>Why the new generation could not be built; null when it is in service.</summary>
    public string? Failure { get; init; }

    public bool Succeeded => Failure is null;

    /// <summary>True when the build was not tried because the knowledge has errors and the caller asked for none.</summary>
    public bool Refused { get; init; }

    /// <summary>True when the knowledge and the program were those of the generation in service, which was kept (no build).</summary>
    public bool Unchanged { get; init; }

    /// <summary>
    /// The cities whose entries were analysed into the new generation (city ids, <c>national</c> for the entries of
    /// every city): the changed ones, or all when the shared word lists or the program changed. Empty unless it succeeded.
    /// </summary>
    public IReadOnlyList<string> Rebuilt { get; init; } = [];

    /// <summary>
    /// How many entries were analysed: a large city is split by file, so an edit to one file rebuilds its part only, and
    /// in a rebuilt part the entries of the generation before have their documents merged over, not analysed again.
    /// </summary>
    public int Analysed { get; init; }

    /// <summary>The cities taken over unchanged from the generation before, without analysis.</summary>
    public IReadOnlyList<string> Reused { get; init; } = [];

    /// <summary>How long each step of a reindex that built a generation took, in order (empty otherwise).</summary>
    public IReadOnlyList<ReindexPhase> Phases { get; init; } = [];
}
