using System.Runtime.CompilerServices;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// Searches the entries' English versions with Lucene's English analysis (stemming, stop words): a small index of its
/// own per knowledge generation, built at the first English question, since English questions are few and the
/// Japanese index's analysis (bigrams, readings) has nothing to offer them.
/// </summary>
public sealed class LuceneEnglishSearcher : IEnglishSearcher
{
    // Kept as long as the knowledge generation is: a reindex's new knowledge gets an index of its own.
    private readonly ConditionalWeakTable<KnowledgeBase, EnglishEntryIndex> _indexes = new();

    public IReadOnlyList<SearchHit> Search(KnowledgeBase knowledge, SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(request);
        return _indexes.GetValue(knowledge, EnglishEntryIndex.Build).Search(request);
    }
}
