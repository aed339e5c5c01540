using DxBot.Knowledge.Model;

namespace DxBot.Knowledge;

/// <summary>A search result.</summary>
/// <param name="Score">The engine's relevance score (comparable within one search only).</param>
/// <param name="Coverage">The share (0–1) of the question's meaningful terms the entry contains: the confidence measure.</param>
public sealed record SearchHit(KnowledgeEntry Entry, float Score, double Coverage);
