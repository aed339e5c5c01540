using DxBot.Dialogs.Answers;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// What the dialogs derive from a knowledge generation and keep with it (the router's normalized names and keywords,
/// the entries' lookups, the cities with imported documents), made before the generation serves. Each is made on
/// first use otherwise, by the first turns after a reindex: on the 100× knowledge (32,000 entries) that was 50–100 ms
/// of a turn, and turns arriving together each made their own (docs/benchmarks.md).
/// </summary>
public static class GenerationLookups
{
    /// <summary>Makes them for <paramref name="knowledge"/>; the turns then find them made. Idempotent.</summary>
    public static void Prepare(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _ = KnowledgeWords.Of(knowledge);
        _ = EntryLookup.For(knowledge);
    }
}
