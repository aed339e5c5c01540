using DxBot.Knowledge.Changes;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Tests.Changes;

/// <summary>Issue #13: the reindex change report's comparison of two generations' entries.</summary>
public sealed class KnowledgeChangesTests
{
    [Fact]
    public void Identical_generations_have_no_changes_and_a_file_line_shift_is_not_a_change()
    {
        var before = new[] { Entry("handa", 1, "A", "本文A"), Entry("handa", 2, "B", "本文B") };
        var after = new[] { Entry("handa", 1, "A", "本文A") with { Line = 40 }, Entry("handa", 2, "B", "本文B") with { Line = 90 } };

        var changes = KnowledgeChanges.Between(before, after);

        Assert.True(changes.IsEmpty);
        Assert.Empty(changes.Cities);
    }

    [Fact]
    public void Cities_handed_over_as_the_same_entries_are_not_reported_and_the_edited_one_is_compared_as_before()
    {
        // As after a one-city reindex: the loader hands over the unparsed files' entry objects, the edited city's are new.
        var kept = new[] { Entry("tsushima", 1, "T", "対馬の本文"), Entry(null, 1, "国", "全国の本文"), Entry("tsushima", 2, "U", "対馬の二") };
        var handaBefore = new[] { Entry("handa", 1, "A", "本文A"), Entry("handa", 2, "B", "本文B") };
        var handaAfter = new[] { Entry("handa", 1, "A", "本文A"), Entry("handa", 2, "B", "本文Bを改訂"), Entry("handa", 3, "C", "本文C") };
        KnowledgeEntry[] before = [kept[0], handaBefore[0], kept[1], handaBefore[1], kept[2]];
        KnowledgeEntry[] after = [kept[0], handaAfter[0], kept[1], handaAfter[1], kept[2], handaAfter[2]];

        var changes = KnowledgeChanges.Between(before, after);

        Assert.Equal(["handa"], changes.Cities.Keys);
        var handa = changes.Cities["handa"];
        Assert.Equal("handa/plan.md#2", Assert.Single(handa.Changed).Id);
        Assert.Equal("handa/plan.md#3", Assert.Single(handa.Added).Id);
        Assert.Empty(handa.Removed);

        // The same objects in another order, or one fewer, are compared by id and content, not taken as unchanged.
        var moved = KnowledgeChanges.Between(before, [kept[2], handaBefore[0], kept[1], handaBefore[1], kept[0]]);
        Assert.True(moved.IsEmpty);
        var shorter = KnowledgeChanges.Between(before, [kept[0], handaBefore[0], kept[1], handaBefore[1]]);
        Assert.Equal("tsushima/plan.md#2", Assert.Single(shorter.Cities["tsushima"].Removed).Id);
    }

    [Fact]
    public void Added_removed_and_changed_are_reported_per_city_with_their_hashes()
    {
        var before = new[] { Entry("handa", 1, "A", "本文A"), Entry("handa", 2, "B", "本文B"), Entry(null, 1, "国", "全国の本文") };
        var after = new[] { Entry("handa", 1, "A", "本文Aを改訂"), Entry("tsushima", 1, "T", "対馬の本文"), Entry(null, 1, "国", "全国の本文") };

        var changes = KnowledgeChanges.Between(before, after);

        Assert.Equal((1, 1, 1), (changes.Added, changes.Removed, changes.Changed));
        var handa = changes.Cities["handa"];
        var changed = Assert.Single(handa.Changed);
        Assert.Equal("handa/plan.md#1", changed.Id);
        Assert.Equal(EntryContentHash.Of(after[0]), changed.Hash);
        Assert.Equal(EntryContentHash.Of(before[0]), changed.PreviousHash);
        Assert.Equal("handa/plan.md#2", Assert.Single(handa.Removed).Id);
        Assert.Equal("tsushima/plan.md#1", Assert.Single(changes.Cities["tsushima"].Added).Id);
        Assert.False(changes.Cities.ContainsKey(KnowledgeChanges.National));
    }

    [Fact]
    public void Deleting_a_middle_section_reports_only_that_section_not_the_renumbered_ones()
    {
        var before = new[] { Entry("handa", 1, "A", "a"), Entry("handa", 2, "B", "b"), Entry("handa", 3, "C", "c"), Entry("handa", 4, "D", "d") };
        var after = new[] { Entry("handa", 1, "A", "a"), Entry("handa", 2, "C", "c"), Entry("handa", 3, "D", "d") };

        var changes = KnowledgeChanges.Between(before, after);

        var handa = changes.Cities["handa"];
        Assert.Equal(("handa/plan.md#2", "B"), (Assert.Single(handa.Removed).Id, handa.Removed[0].Title));
        Assert.Empty(handa.Added);
        Assert.Empty(handa.Changed);
    }

    [Fact]
    public void Keywords_and_citation_are_content_and_everything_is_added_against_an_empty_generation()
    {
        var entry = Entry("handa", 1, "A", "a");

        Assert.NotEqual(EntryContentHash.Of(entry), EntryContentHash.Of(entry with { Keywords = ["ごみ"] }));
        Assert.NotEqual(EntryContentHash.Of(entry), EntryContentHash.Of(entry with { Source = new Citation("半田市DX推進計画", "第二章") }));
        Assert.Equal(1, KnowledgeChanges.Between([], [entry]).Added);
    }

    private static KnowledgeEntry Entry(string? city, int number, string title, string body) =>
        new($"{city ?? "national"}/plan.md#{number}", title, body, new Citation("計画", "第一章")) { CityId = city, Line = number * 5 };
}
