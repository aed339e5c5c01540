namespace DxBot.Knowledge;

/// <summary>Gives the knowledge in service; a reindex swaps it whole, so a turn sees one generation.</summary>
public interface IKnowledgeProvider
{
    KnowledgeSnapshot Current { get; }
}
