using DxBot.Knowledge;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DxBot.Search.Tests;

public sealed class SegmentSearcherTests : IDisposable
{
    private readonly KnowledgeIndex index = KnowledgeIndex.BuildInMemory(TestKnowledge.Create());

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("マイナンバーカードの交付率は？", "tsushima")]
    [InlineData("マイナンバーカードの交付率は？", "handa")]
    [InlineData("スマホ教室はいつありますか", "handa")]
    [InlineData("計画の期間", "tsushima")]
    [InlineData("児童手当の手続きはオンラインでできますか", "nowhere")]
    public void A_citys_segments_give_the_hits_and_scores_of_the_city_filter_over_the_whole_index(string question, string city)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in index.Analyzer.Terms(question).Distinct())
        {
            query.Add(
                new DisjunctionMaxQuery(0.1f)
                {
                    new TermQuery(new Term(KnowledgeFields.Title, term)) { Boost = 2f },
                    new TermQuery(new Term(KnowledgeFields.Body, term)),
                },
                Occur.SHOULD);
        }

        var cityOrNational = new BooleanQuery
        {
            { new TermQuery(new Term(KnowledgeFields.City, KnowledgeFields.CityValue(city))), Occur.SHOULD },
            { new TermQuery(new Term(KnowledgeFields.City, KnowledgeFields.National)), Occur.SHOULD },
        };
        var filtered = index.Searcher.Search(query, new QueryWrapperFilter(cityOrNational), 1000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList();

        var segments = index.SegmentsFor(KnowledgeFields.CityValue(city));

        Assert.True(segments.Count < index.Searcher.IndexReader.Leaves.Count, "a city's search skips the other cities' segments");
        Assert.Equal(filtered, index.Searcher.SearchSegments(segments, query, 1000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList());
    }

    [Theory]
    [InlineData(KnowledgeFields.Title)]
    [InlineData(KnowledgeFields.Body)]
    [InlineData(KnowledgeFields.Keywords)]
    public void A_fields_statistics_are_the_whole_index_ones_and_computed_once(string field)
    {
        var plain = new IndexSearcher(index.Searcher.IndexReader).CollectionStatistics(field);

        var first = index.Searcher.CollectionStatistics(field);
        var second = index.Searcher.CollectionStatistics(field);

        Assert.Equal((plain.Field, plain.MaxDoc, plain.DocCount, plain.SumTotalTermFreq, plain.SumDocFreq), (first.Field, first.MaxDoc, first.DocCount, first.SumTotalTermFreq, first.SumDocFreq));
        Assert.Same(first, second);
    }

    [Fact]
    public void Of_two_entries_with_one_id_the_first_in_the_knowledge_is_indexed_whatever_its_city()
    {
        // Entries are grouped by city in the index; which duplicate counts must still follow the knowledge's order,
        // or a document would be indexed with one entry's text and answered with the other's.
        var knowledge = TestKnowledge.Create();
        var original = knowledge.Entries.First(e => e.Id == TestKnowledge.RateEntry);
        var duplicate = original with { CityId = "handa", Title = "重複した項目", Body = "ペンギンの飼育について" };
        using var withDuplicate = KnowledgeIndex.BuildInMemory(knowledge with { Entries = [.. knowledge.Entries, duplicate] });

        Assert.Contains(withDuplicate.Warnings, w => w.Message.Contains(TestKnowledge.RateEntry, StringComparison.Ordinal));
        Assert.DoesNotContain(new LuceneKnowledgeSearcher(withDuplicate).Search(new SearchRequest("ペンギンの飼育", "handa")), h => h.Coverage > 0.5);
        Assert.Equal(TestKnowledge.RateEntry, new LuceneKnowledgeSearcher(withDuplicate).Search(new SearchRequest("マイナンバーカードの交付率は？", "tsushima"))[0].Entry.Id);
    }
}
