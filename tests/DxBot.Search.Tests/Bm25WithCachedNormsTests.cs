using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace DxBot.Search.Tests;

public sealed class Bm25WithCachedNormsTests : IDisposable
{
    private readonly KnowledgeIndex index = KnowledgeIndex.BuildInMemory(TestKnowledge.Create());

    public void Dispose() => index.Dispose();

    [Theory]
    [InlineData("マイナンバーカードの交付率は？")]
    [InlineData("スマホ教室はいつありますか")]
    [InlineData("児童手当の手続きはオンラインでできますか")]
    [InlineData("計画の期間")]
    public void ScoresEveryDocumentExactlyAsLucenesBm25(string question)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in index.Analyzer.Terms(question).Distinct())
        {
            query.Add(
                new DisjunctionMaxQuery(0.1f)
                {
                    new TermQuery(new Term(KnowledgeFields.Title, term)) { Boost = 3f },
                    new TermQuery(new Term(KnowledgeFields.Keywords, term)) { Boost = 2f },
                    new TermQuery(new Term(KnowledgeFields.Body, term)),
                },
                Occur.SHOULD);
        }

        var expected = Scores(new BM25Similarity(), query);
        var cached = new Bm25WithCachedNorms();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, Scores(cached, query));

        // A second query through the same instance uses the kept tables: still the same scores.
        Assert.Equal(expected, Scores(cached, query));
    }

    private List<(int Doc, float Score)> Scores(Similarity similarity, Query query)
    {
        var searcher = new IndexSearcher(index.Searcher.IndexReader) { Similarity = similarity };
        return [.. searcher.Search(query, 1000).ScoreDocs.Select(d => (d.Doc, d.Score))];
    }
}
