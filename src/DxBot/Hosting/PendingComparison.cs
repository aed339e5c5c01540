using DxBot.Knowledge.Changes;
using DxBot.Knowledge.Model;

namespace DxBot.Hosting;

/// <summary>
/// The change report of one reindex, made while its index is built: the entries in service when it began, compared
/// with the knowledge it loaded. Kept with that knowledge, so a report is only taken for the generation it describes.
/// </summary>
internal sealed class PendingComparison(IReadOnlyList<KnowledgeEntry> previous)
{
    private Made? made;

    public void Compare(KnowledgeBase knowledge) =>
        Volatile.Write(ref made, new Made(knowledge, KnowledgeChanges.Between(previous, knowledge.Entries)));

    /// <summary>The report made for this knowledge, or null when none was (the caller compares then).</summary>
    public KnowledgeChanges? ChangesFor(KnowledgeBase knowledge) =>
        Volatile.Read(ref made) is { } done && ReferenceEquals(done.Knowledge, knowledge) ? done.Changes : null;

    private sealed record Made(KnowledgeBase Knowledge, KnowledgeChanges Changes);
}
