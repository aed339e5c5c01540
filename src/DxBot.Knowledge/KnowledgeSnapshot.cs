using DxBot.Knowledge.Model;

namespace DxBot.Knowledge;

/// <summary>The knowledge in service: one consistent generation of data and index.</summary>
public sealed record KnowledgeSnapshot(KnowledgeBase Base, IKnowledgeSearcher Searcher, long Generation, DateTimeOffset BuiltAt);
