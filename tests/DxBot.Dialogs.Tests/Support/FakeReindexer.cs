using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Support;

internal sealed class FakeReindexer : IKnowledgeReindexer
{
    public int Calls { get; private set; }

    /// <summary>What the next reindex reports: by default a success with one skipped section.</summary>
    public ReindexOutcome Outcome { get; set; } =
        new(ReindexStatus.Succeeded, 7, 120, 5, 40, [new KnowledgeError("cities/handa/plan.md", 12, "出典がありません")], TimeSpan.FromMilliseconds(300));

    public Task<ReindexOutcome> ReindexAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(Outcome);
    }
}
