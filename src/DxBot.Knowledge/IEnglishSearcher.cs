using DxBot.Knowledge.Model;

namespace DxBot.Knowledge;

/// <summary>
/// Finds the entries whose English version (<see cref="KnowledgeEntry.English"/>) answers a question written in
/// English. Implemented by the search module; knows nothing of channels.
/// </summary>
public interface IEnglishSearcher
{
    /// <param name="knowledge">The knowledge in service: the hits are its entries, so a reindex never mixes generations.</param>
    /// <param name="request">The question, the city (its entries and the national ones) and how many hits.</param>
    IReadOnlyList<SearchHit> Search(KnowledgeBase knowledge, SearchRequest request);
}
