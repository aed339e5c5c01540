using DxBot.Dialogs.Answers;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Answers;

public sealed class EntryLookupTests
{
    private static readonly string?[] Cities = ["handa", "namegata", "tsushima", null];
    private static readonly string[] Topics = [KnowledgeTopics.MyNumber, KnowledgeTopics.General, "plan"];
    private static readonly string?[] Categories = [null, "申請", "受取", "更新"];

    // Entries of every kind in a random order: cities and national, hand-written and imported, ids repeated.
    private static KnowledgeBase RandomKnowledge(int seed, int count)
    {
        var random = new Random(seed);
        var entries = Enumerable.Range(0, count).Select(i =>
        {
            var city = Cities[random.Next(Cities.Length)];
            var imported = random.Next(3) == 0;
            return new KnowledgeEntry($"e{random.Next(count / 2)}", $"title {i}", $"body {i}", new Citation("plan", "section"))
            {
                CityId = city,
                Topic = Topics[random.Next(Topics.Length)],
                Category = Categories[random.Next(Categories.Length)],
                File = random.Next(5) == 0 ? null : $"cities/{city ?? "national"}/{(imported ? ImportedPassage.FilePrefix : string.Empty)}file{random.Next(4)}.md",
            };
        }).ToList();
        return new KnowledgeBase { Entries = entries };
    }

    [Theory]
    [InlineData(1, 40)]
    [InlineData(2, 400)]
    [InlineData(3, 3)]
    [InlineData(4, 0)]
    public void Every_lookup_answers_as_a_scan_of_every_entry(int seed, int count)
    {
        var knowledge = RandomKnowledge(seed, count);
        var lookup = EntryLookup.For(knowledge);
        string?[] cities = [.. Cities, "goshogawara"];
        foreach (var city in cities)
        {
            Assert.Equal(!knowledge.Entries.Any(e => e.CityId == city && !ImportedPassage.IsImported(e)), PlanFacts.OnlyImported(knowledge, city!));
            Assert.Equal(knowledge.Entries.Any(e => e.CityId == city && !ImportedPassage.IsImported(e)), lookup.HasWrittenEntries(city));
            if (city is not null)
            {
                Assert.Equal(knowledge.Entries.Any(e => e.CityId == city && ImportedPassage.IsImported(e)), lookup.HasImportedEntries(city));
            }

            foreach (var topic in Topics.Append("support"))
            {
                Assert.Equal(
                    knowledge.Entries.Any(e => e.CityId == city && e.Topic == topic && !ImportedPassage.IsImported(e)),
                    ImportedCityPart.HasWrittenEntries(knowledge, city!, topic));
            }
        }

        foreach (var id in Enumerable.Range(0, count + 1).Select(i => $"e{i}").Append(null))
        {
            Assert.Equal(knowledge.Entries.Where(e => e.Id == id).ToList(), lookup.WithId(id));
        }

        foreach (var topic in Topics)
        {
            foreach (var category in Categories)
            {
                // In the knowledge's order: the dialogs order by rank with the file order as the tie-break.
                Assert.Equal(knowledge.Entries.Where(e => e.Topic == topic && e.Category == category).ToList(), lookup.OfTopic(topic, category));
            }
        }
    }

    [Fact]
    public void A_new_generation_is_looked_up_anew()
    {
        var written = new KnowledgeEntry("handa#1", "窓口", "本文", new Citation("plan", "section")) { CityId = "handa", File = "cities/handa/online.md" };
        var imported = written with { Id = "handa#2", File = "cities/handa/imported-plan.md" };
        var before = new KnowledgeBase { Entries = [written, imported] };
        Assert.False(PlanFacts.OnlyImported(before, "handa"));

        // A reindex swaps the knowledge whole: the city's hand-written file removed, only its plan left.
        var after = before with { Entries = [imported] };
        Assert.True(PlanFacts.OnlyImported(after, "handa"));
        Assert.False(PlanFacts.OnlyImported(before, "handa"));
        Assert.Same(EntryLookup.For(after), EntryLookup.For(after));
        Assert.Empty(EntryLookup.For(after).WithId("handa#1"));
        Assert.Same(written, Assert.Single(EntryLookup.For(before).WithId("handa#1")));
    }

    [Fact]
    public void Preparing_is_idempotent_and_takes_an_empty_knowledge()
    {
        var knowledge = RandomKnowledge(5, 60);
        var before = EntryLookup.For(knowledge);

        DxBot.Dialogs.Routing.GenerationLookups.Prepare(knowledge);
        DxBot.Dialogs.Routing.GenerationLookups.Prepare(KnowledgeBase.Empty);

        Assert.Same(before, EntryLookup.For(knowledge));
        Assert.True(PlanFacts.OnlyImported(KnowledgeBase.Empty, "handa"));
    }
}
