using DxBot.Knowledge.Model;

namespace DxBot.Knowledge;

/// <summary>Finds the entries that answer a question. Implemented by the search module; knows nothing of channels.</summary>
public interface IKnowledgeSearcher
{
    IReadOnlyList<SearchHit> Search(SearchRequest request);

    /// <summary>
    /// The share (0–1) of a question's meaningful terms an entry contains, weighted as the search weighs them: how well
    /// that entry would answer this question, whatever search found it.
    /// </summary>
    double Coverage(string question, KnowledgeEntry entry, string? cityId);
}
