namespace DxBot.Knowledge;

/// <summary>Rebuilds the knowledge in service from its folders while the bot keeps answering.</summary>
public interface IKnowledgeReindexer
{
    Task<ReindexOutcome> ReindexAsync(CancellationToken cancellationToken);
}
