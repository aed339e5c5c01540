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

        Assert.NotNull(segments);
        Assert.True(segments.Count < index.Searcher.IndexReader.Leaves.Count, "a city's search skips the other cities' segments");
        Assert.Equal(filtered, index.Searcher.SearchSegments(segments, query, 1000).ScoreDocs.Select(d => (d.Doc, d.Score)).ToList());
    }
}
