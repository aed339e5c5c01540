using DxBot.Hosting;
using DxBot.Knowledge.Changes;
using DxBot.Knowledge.Model;

namespace DxBot.Tests.Reindex;

/// <summary>The change report made while the index is built is taken only for the knowledge it was made from.</summary>
public sealed class PendingComparisonTests
{
    [Fact]
    public void The_report_made_beside_the_build_is_the_comparison_of_that_knowledge_and_of_no_other()
    {
        var kept = Entry("handa", 1, "本文A");
        var previous = new[] { kept, Entry("handa", 2, "本文B") };
        var loaded = KnowledgeBase.Empty with { Entries = [kept, Entry("handa", 2, "本文Bを改訂"), Entry("handa", 3, "本文C")] };
        var other = KnowledgeBase.Empty with { Entries = [kept] };
        var pending = new PendingComparison(previous);

        Assert.Null(pending.ChangesFor(loaded));
        pending.Compare(loaded);

        var changes = pending.ChangesFor(loaded);
        Assert.NotNull(changes);
        var expected = KnowledgeChanges.Between(previous, loaded.Entries);
        Assert.Equal((expected.Added, expected.Removed, expected.Changed), (changes.Added, changes.Removed, changes.Changed));
        Assert.Equal((1, 0, 1), (changes.Added, changes.Removed, changes.Changed));
        Assert.Null(pending.ChangesFor(other));
    }

    private static KnowledgeEntry Entry(string city, int number, string body) =>
        new($"{city}/notice.md#{number}", $"見出し{number}", body, new Citation("お知らせ", "本文")) { CityId = city, Line = number * 5 };
}
