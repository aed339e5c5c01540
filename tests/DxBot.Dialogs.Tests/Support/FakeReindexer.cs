using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Support;

internal sealed class FakeReindexer : IKnowledgeReindexer
{
    public int Calls { get; private set; }

    public Task<ReindexOutcome> ReindexAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(new ReindexOutcome(ReindexStatus.Succeeded, 7, 120, 5, 40, [new KnowledgeError("cities/handa/plan.md", 12, "出典がありません")], TimeSpan.FromMilliseconds(300)));
    }
}
