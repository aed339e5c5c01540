using DxBot.Knowledge;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DxBot.Search;

/// <summary>
/// Answers questions from one <see cref="KnowledgeIndex"/> generation. The query is built from the analyzer's terms
/// (never QueryParser, so no user text can be syntax), capped in length and clauses; hits are re-ranked by how much of
/// the question they cover. Thread-safe.
/// </summary>
public sealed class LuceneKnowledgeSearcher : IKnowledgeSearcher
{
    private readonly KnowledgeSearchOptions options;

    public LuceneKnowledgeSearcher(KnowledgeIndex index, KnowledgeSearchOptions? options = null)
    {
        Index = index ?? throw new ArgumentNullException(nameof(index));
        this.options = options ?? KnowledgeSearchOptions.Default;
    }

    public KnowledgeIndex Index { get; }

    /// <summary>
    /// The hits for a question, best first, at most <see cref="SearchRequest.MaxResults"/>. Empty when the question has
    /// nothing meaningful to search for, or when this generation has already been retired.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        int maxResults = Math.Min(request.MaxResults, options.MaxResults);
        var text = request.Text ?? string.Empty;
        if (text.Length > options.MaxQuestionLength)
        {
            text = text[..options.MaxQuestionLength];
        }

        if (maxResults <= 0 || string.IsNullOrWhiteSpace(text) || !Index.TryAcquire())
        {
            return [];
        }

        try
        {
            var (folded, kinds) = Index.Fold(text);
            var question = Question.Parse(folded, kinds, Index.CityNameUnits(request.CityId));
            if (question.IsEmpty)
            {
                return [];
            }

            var query = BuildQuery(text, question);
            if (query.Clauses.Count == 0)
            {
                return [];
            }

            var top = Index.Searcher.Search(query, BuildFilter(request), Math.Max(options.Candidates, maxResults));
            if (top.ScoreDocs.Length == 0)
            {
                return [];
            }

            float best = Math.Max(top.ScoreDocs.Max(d => d.Score), float.Epsilon);
            return top.ScoreDocs
                .Select(d => (Doc: d, Coverage: question.CoverageOf(Index.TextOf(d.Doc))))
                .Select(h => (h.Doc, h.Coverage, Combined: ((1 - options.CoverageWeight) * (h.Doc.Score / best)) + (options.CoverageWeight * h.Coverage)))
                .OrderByDescending(h => h.Combined)
                .ThenByDescending(h => h.Doc.Score)
                .Take(maxResults)
                .Select(h => new SearchHit(Index.EntryOf(h.Doc.Doc), (float)h.Combined, h.Coverage))
                .ToList();
        }
        finally
        {
            Index.Release();
        }
    }

    /// <summary>The share of a question's meaningful units an entry's text contains (what <see cref="SearchHit.Coverage"/> holds).</summary>
    public double Coverage(string question, string entryText, string? cityId = null)
    {
        var (folded, kinds) = Index.Fold(question ?? string.Empty);
        return Question.Parse(folded, kinds, Index.CityNameUnits(cityId)).CoverageOf(Index.Fold(entryText ?? string.Empty).Text);
    }

    private BooleanQuery BuildQuery(string text, Question question)
    {
        var terms = Index.Analyzer.Terms(text)
            .Distinct(StringComparer.Ordinal)
            .Select((term, position) => (Term: term, Position: position, Weight: question.WeightOf(term)))
            .Where(t => t.Weight > 0 || options.GrammarTermBoost > 0)
            .ToList();
        var termTexts = terms.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

        // A lone kanji (税 in 税は) is no analyzer term: the bigram filter paired it with the particle.
        var prefixes = question.Units
            .Where(u => u.Key.Length == 1 && !termTexts.Contains(u.Key))
            .Select(u => (Term: u.Key, Position: int.MaxValue, Weight: u.Value));

        var query = new BooleanQuery(disableCoord: true);
        foreach (var (term, _, weight) in terms
            .Concat(prefixes)
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Position)
            .Take(Math.Min(options.MaxQueryTerms, BooleanQuery.MaxClauseCount)))
        {
            bool isPrefix = term.Length == 1 && !termTexts.Contains(term);
            var perField = new DisjunctionMaxQuery(0.1f)
            {
                FieldQuery(KnowledgeFields.Title, term, options.TitleBoost, isPrefix),
                FieldQuery(KnowledgeFields.Keywords, term, options.KeywordsBoost, isPrefix),
                FieldQuery(KnowledgeFields.Body, term, options.BodyBoost, isPrefix),
            };
            perField.Boost = weight > 0 ? (float)weight : options.GrammarTermBoost;
            query.Add(perField, Occur.SHOULD);
        }

        return query;
    }

    private static Query FieldQuery(string field, string term, float boost, bool prefix)
    {
        // Filter rewrite: a prefix never expands into clauses, so it cannot hit TooManyClauses.
        Query query = prefix
            ? new PrefixQuery(new Term(field, term)) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE }
            : new TermQuery(new Term(field, term));
        query.Boost = boost;
        return query;
    }

    private static QueryWrapperFilter? BuildFilter(SearchRequest request)
    {
        var filter = new BooleanQuery();
        if (!string.IsNullOrWhiteSpace(request.CityId))
        {
            filter.Add(
                new BooleanQuery
                {
                    { new TermQuery(new Term(KnowledgeFields.City, KnowledgeFields.CityValue(request.CityId))), Occur.SHOULD },
                    { new TermQuery(new Term(KnowledgeFields.City, KnowledgeFields.National)), Occur.SHOULD },
                },
                Occur.MUST);
        }

        if (!string.IsNullOrWhiteSpace(request.Topic))
        {
            filter.Add(new TermQuery(new Term(KnowledgeFields.Topic, request.Topic.Trim())), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }
}
