using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Support;

internal sealed class FakeKnowledgeProvider(KnowledgeBase knowledge) : IKnowledgeProvider
{
    public KnowledgeSnapshot Current { get; } = new(knowledge, new FakeSearcher(knowledge), 1, DateTimeOffset.UnixEpoch);
}
