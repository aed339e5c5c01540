using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DxBot.Search;

/// <summary>The English versions of one knowledge generation's entries, in an in-memory Lucene index.</summary>
internal sealed class EnglishEntryIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private const string Text = "en";
    private const string Keywords = "enkw";
    private const string City = "city";
    private const string Number = "n";

    // The engine's best this many are weighed by how much of the question they have.
    private const int Candidates = 10;

    // Two of the question's words this many positions further apart than in the question still make its phrase.
    private const int PhraseSlop = 1;

    // Words of a foreign resident's greeting and framing (「Hello, I'm from Vietnam… Can you tell me…」) that say nothing
    // of what is asked; what is left is weighed by how rare it is among the entries.
    private static readonly string[] Framing =
    [
        "hello", "hi", "dear", "thanks", "thank", "please", "sorry", "excuse", "i", "i'm", "im", "me", "my", "we", "our", "us", "you", "your",
        "can", "could", "would", "should", "do", "does", "did", "will", "shall", "may", "might", "want", "wants", "like", "know", "tell", "ask",
        "question", "wonder", "wondering", "what", "which", "who", "whom", "how", "when", "where", "why", "about", "any", "anything", "something",
        "have", "has", "had", "am", "get", "got", "also", "still", "just", "so", "very", "really", "much", "some", "from", "here", "there",
        "city", "town", "resident", "residents", "living", "live", "lives", "japan", "japanese",
        "find", "look", "see", "learn", "explain", "kind", "way", "possible", "able", "its", "thing", "things",
    ];

    private readonly Analyzer _analyzer;
    private readonly IndexSearcher? _searcher;
    private readonly KnowledgeEntry[] _entries;
    private readonly HashSet<string>[] _terms;
    private readonly Dictionary<string, int> _frequency;

    private EnglishEntryIndex(Analyzer analyzer, IndexSearcher? searcher, KnowledgeEntry[] entries, HashSet<string>[] terms)
    {
        _analyzer = analyzer;
        _searcher = searcher;
        _entries = entries;
        _terms = terms;
        _frequency = terms.SelectMany(t => t).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
    }

    public static EnglishEntryIndex Build(KnowledgeBase knowledge)
    {
        // The cities' English names (「Namegata City」) say which city is asked about, as the Japanese names do.
        var cityNames = knowledge.English.Cities.Values.SelectMany(c => c.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var stopWords = new CharArraySet(Version, [.. EnglishAnalyzer.DefaultStopSet, .. Framing, .. cityNames], ignoreCase: true);
        var analyzer = new EnglishAnalyzer(Version, stopWords);
        var entries = knowledge.Entries.Where(e => e.English is not null).ToArray();
        var terms = entries.Select(e => Terms(analyzer, $"{e.English} {string.Join(", ", e.EnglishKeywords)}").ToHashSet(StringComparer.Ordinal)).ToArray();
        if (entries.Length == 0)
        {
            return new EnglishEntryIndex(analyzer, null, entries, terms);
        }

        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() }))
        {
            for (var i = 0; i < entries.Length; i++)
            {
                writer.AddDocument(
                [
                    new StoredField(Number, i),
                    new StringField(City, KnowledgeFields.CityValue(entries[i].CityId), Field.Store.NO),
                    new TextField(Text, entries[i].English, Field.Store.NO),
                    new TextField(Keywords, string.Join(", ", entries[i].EnglishKeywords), Field.Store.NO),
                ]);
            }
        }

        return new EnglishEntryIndex(analyzer, new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new BM25Similarity() }, entries, terms);
    }

    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        var asked = Terms(_analyzer, request.Text).Distinct(StringComparer.Ordinal).ToList();
        if (_searcher is null || asked.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery { MinimumNumberShouldMatch = 1 };
        var cities = new BooleanQuery
        {
            { new TermQuery(new Term(City, KnowledgeFields.National)), Occur.SHOULD },
        };
        if (request.CityId is { } cityId)
        {
            cities.Add(new TermQuery(new Term(City, KnowledgeFields.CityValue(cityId))), Occur.SHOULD);
        }

        query.Add(cities, Occur.MUST);
        foreach (var term in asked)
        {
            query.Add(new TermQuery(new Term(Text, term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(Keywords, term)), Occur.SHOULD);
        }

        // Two words of the question as it puts them (「every resident to have a My Number card」) say more in an entry
        // that puts them so than in one that has them apart: among entries with as much of the question, it ranks first.
        var positioned = AnalyzerTerms.WithPositions(_analyzer, Text, request.Text);
        foreach (var (first, second) in positioned.Zip(positioned.Skip(1)))
        {
            if (first.Term != second.Term)
            {
                var phrase = new PhraseQuery { Slop = PhraseSlop };
                phrase.Add(new Term(Text, first.Term), 0);
                phrase.Add(new Term(Text, second.Term), second.Position - first.Position);
                query.Add(phrase, Occur.SHOULD);
            }
        }

        // Ranked by how much of the question each entry has, then by the engine's score: an entry repeating one word
        // (「data」) outscores the one that has what is asked (「publish」「reuse」「data」) in BM25 alone.
        return [.. _searcher.Search(query, Math.Max(Candidates, request.MaxResults)).ScoreDocs
            .Select(hit =>
            {
                var n = _searcher.Doc(hit.Doc).GetField(Number).GetInt32Value() ?? 0;
                return new SearchHit(_entries[n], hit.Score, Coverage(asked, _terms[n]));
            })
            .OrderByDescending(h => Math.Round(h.Coverage, 2))
            .ThenByDescending(h => h.Score)
            .Take(Math.Max(1, request.MaxResults))];
    }

    /// <summary>
    /// The share of the question's words the entry has, each weighed by how rare it is among the entries; a word no
    /// entry has (「Wi-Fi password」) weighs as the rarest do, so a question about something else is not answered by the
    /// entry that shares its common words (city hall).
    /// </summary>
    private double Coverage(List<string> asked, HashSet<string> entryTerms)
    {
        double total = 0, covered = 0;
        foreach (var term in asked)
        {
            var weight = Math.Log(1 + ((_entries.Length + 0.5) / (_frequency.GetValueOrDefault(term) + 0.5)));
            total += weight;
            covered += entryTerms.Contains(term) ? weight : 0;
        }

        return total == 0 ? 0 : covered / total;
    }

    private static List<string> Terms(Analyzer analyzer, string text) => AnalyzerTerms.Of(analyzer, Text, text);
}
