using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>The searcher before any knowledge is loaded.</summary>
internal sealed class EmptyKnowledgeSearcher : IKnowledgeSearcher
{
    public static EmptyKnowledgeSearcher Instance { get; } = new();

    public IReadOnlyList<SearchHit> Search(SearchRequest request) => [];

    public double Coverage(string question, KnowledgeEntry entry, string? cityId) => 0;
}
