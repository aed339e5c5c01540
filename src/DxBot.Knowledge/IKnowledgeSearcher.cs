using DxBot.Knowledge.Model;

namespace DxBot.Knowledge;

/// <summary>Finds the entries that answer a question. Implemented by the search module; knows nothing of channels.</summary>
public interface IKnowledgeSearcher
{
    IReadOnlyList<SearchHit> Search(SearchRequest request);
}
