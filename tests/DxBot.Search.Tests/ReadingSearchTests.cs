using DxBot.Knowledge;

namespace DxBot.Search.Tests;

/// <summary>
/// Questions typed in kana reach entries written in kanji through MeCab's readings; without MeCab the search is the
/// bigram search it was. Each kana question below found nothing confident (or another entry) with bigrams alone.
/// </summary>
public sealed class ReadingSearchTests : IDisposable
{
    private const string HomeProcedures = "tsushima-home-procedures";
    private const string BulkyWaste = "tsushima-bulky-waste";
    private const double MinCoverage = 0.3;

    private static readonly Knowledge.Model.KnowledgeBase Knowledge = TestKnowledge.Create(
        TestKnowledge.Entry(HomeProcedures, "tsushima", "online", "自宅からできる市役所の手続き",
            "市役所に行かなくても、自宅からオンラインで手続きできるようにする計画です。"),
        TestKnowledge.Entry(BulkyWaste, "tsushima", "residents", "粗大ごみの申込み",
            "粗大ごみは電話で申し込み、収集日に出します。"));

    private readonly KnowledgeIndex withReadings = KnowledgeIndex.BuildInMemory(Knowledge, TestMorphology.Tagger);
    private readonly KnowledgeIndex bigramsOnly = KnowledgeIndex.BuildInMemory(Knowledge);

    public void Dispose()
    {
        withReadings.Dispose();
        bigramsOnly.Dispose();
    }

    [Theory]
    [InlineData("しやくしょ の てつづき は じたく から できますか", HomeProcedures)]
    [InlineData("そだいごみ を もうしこみたい", BulkyWaste)]
    public void A_question_in_hiragana_reaches_the_entry_written_in_kanji(string question, string expected)
    {
        var hits = new LuceneKnowledgeSearcher(withReadings).Search(new(question, "tsushima"));

        Assert.Equal(expected, hits[0].Entry.Id);
        Assert.True(hits[0].Coverage >= MinCoverage, $"coverage {hits[0].Coverage}");
    }

    [Theory]
    [InlineData("しやくしょ の てつづき は じたく から できますか", HomeProcedures)]
    [InlineData("そだいごみ を もうしこみたい", BulkyWaste)]
    public void Without_readings_the_same_question_is_not_answered_with_confidence(string question, string expected)
    {
        // What the bigram search alone does (and did before readings): the entry is not found with confidence.
        var hits = new LuceneKnowledgeSearcher(bigramsOnly).Search(new(question, "tsushima"));

        Assert.DoesNotContain(hits, h => h.Entry.Id == expected && h.Coverage >= MinCoverage);
    }

    [Fact]
    public void The_dialogs_coverage_of_an_entry_counts_its_reading_too()
    {
        var searcher = new LuceneKnowledgeSearcher(withReadings);
        var entry = Knowledge.Entries.Single(e => e.Id == HomeProcedures);

        Assert.True(searcher.Coverage("しやくしょ の てつづき は じたく から できますか", entry, "tsushima") >= MinCoverage);
        Assert.True(new LuceneKnowledgeSearcher(bigramsOnly).Coverage("しやくしょ の てつづき は じたく から できますか", entry, "tsushima") < MinCoverage);
    }

    [Fact]
    public void A_question_in_kanji_ranks_as_with_bigrams_alone()
    {
        var question = new SearchRequest("マイナンバーカードの取得率の目標は？", "tsushima");

        var read = new LuceneKnowledgeSearcher(withReadings).Search(question);
        var plain = new LuceneKnowledgeSearcher(bigramsOnly).Search(question);

        Assert.Equal(TestKnowledge.RateEntry, read[0].Entry.Id);
        Assert.Equal(plain[0].Entry.Id, read[0].Entry.Id);
        Assert.Equal(plain[0].Coverage, read[0].Coverage, 6);
    }

    [Fact]
    public void A_generation_opened_from_its_folder_has_the_readings_it_was_built_with()
    {
        using var folder = new TemporaryFolder();
        var path = System.IO.Path.Combine(folder.Path, "gen-000001");
        KnowledgeIndex.Build(Knowledge, path, 1, onClosed: null, previous: null, TestMorphology.Tagger, CancellationToken.None).Dispose();

        using var restored = KnowledgeIndex.Open(Knowledge, path, 1, onClosed: null, sameProgram: true, TestMorphology.Tagger);

        foreach (var entry in Knowledge.Entries)
        {
            Assert.Equal(withReadings.ReadingOf(entry), restored.ReadingOf(entry));
            Assert.False(string.IsNullOrEmpty(restored.ReadingOf(entry)));
        }

        var hits = new LuceneKnowledgeSearcher(restored).Search(new("そだいごみ を もうしこみたい", "tsushima"));
        Assert.Equal(BulkyWaste, hits[0].Entry.Id);
        Assert.True(hits[0].Coverage >= MinCoverage, $"coverage {hits[0].Coverage}");
    }

    [Fact]
    public void A_generation_of_one_part_a_city_is_read_with_MeCab_when_opened()
    {
        // The layout Build writes, made by hand: the reading field indexed, not stored; a part of its own for each city.
        using var folder = new TemporaryFolder();
        var path = System.IO.Path.Combine(folder.Path, "gen-000001");
        var cities = Knowledge.Entries.GroupBy(e => e.CityId).ToList();
        for (var part = 0; part < cities.Count; part++)
        {
            using var directory = Lucene.Net.Store.FSDirectory.Open(System.IO.Path.Combine(path, $"{KnowledgeIndex.PartFolderPrefix}{part:D3}"));
            using var writer = new Lucene.Net.Index.IndexWriter(directory, new Lucene.Net.Index.IndexWriterConfig(
                Lucene.Net.Util.LuceneVersion.LUCENE_48, new Lucene.Net.Analysis.Core.WhitespaceAnalyzer(Lucene.Net.Util.LuceneVersion.LUCENE_48)));
            foreach (var entry in cities[part])
            {
                writer.AddDocument(new Lucene.Net.Documents.Document
                {
                    new Lucene.Net.Documents.StringField(KnowledgeFields.Id, entry.Id, Lucene.Net.Documents.Field.Store.YES),
                    new Lucene.Net.Documents.StringField(KnowledgeFields.City, KnowledgeFields.CityValue(entry.CityId), Lucene.Net.Documents.Field.Store.NO),
                    new Lucene.Net.Documents.TextField(KnowledgeFields.Reading, "ヨミ", Lucene.Net.Documents.Field.Store.NO),
                });
            }

            writer.Commit();
        }

        using var restored = KnowledgeIndex.Open(Knowledge, path, 1, onClosed: null, sameProgram: false, TestMorphology.Tagger);

        Assert.NotNull(restored.Morphology);
        foreach (var entry in Knowledge.Entries)
        {
            Assert.Equal(withReadings.ReadingOf(entry), restored.ReadingOf(entry));
        }
    }

    [Fact]
    public void An_index_restored_without_a_reading_field_is_searched_with_bigrams_only()
    {
        // A generation written before MeCab was installed has no reading field: MeCab at hand must not change that.
        using var folder = new TemporaryFolder();
        var path = System.IO.Path.Combine(folder.Path, "gen-000001");
        KnowledgeIndex.BuildInFolder(Knowledge, path, generation: 1).Dispose();

        using var restored = KnowledgeIndex.Open(Knowledge, path, 1, onClosed: null, sameProgram: true, TestMorphology.Tagger);

        Assert.Null(restored.Morphology);
        Assert.Null(restored.ReadingOf(0));
    }
}
