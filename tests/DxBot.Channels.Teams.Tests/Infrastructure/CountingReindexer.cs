using DxBot.Knowledge;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>Stands in for the knowledge runtime's reindex, counting how often anyone asked for one.</summary>
internal sealed class CountingReindexer : IKnowledgeReindexer
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public Task<ReindexOutcome> ReindexAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        return Task.FromResult(new ReindexOutcome(ReindexStatus.Succeeded, 1, 0, 0, 0, [], TimeSpan.Zero));
    }
}
