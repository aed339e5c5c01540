using Lucene.Net.Analysis;
using Lucene.Net.Analysis.CharFilters;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace DxBot.Search;

/// <summary>
/// Japanese analysis without a morphological dictionary: fold (NFKC, lower case, hiragana → katakana, symbols
/// dropped), map synonyms onto their canonical word, then CJK bigrams. Thread-safe and reusable, like any Analyzer
/// with the default reuse strategy; one instance per knowledge generation because the synonyms belong to it.
/// </summary>
public sealed class JapaneseAnalyzer : Analyzer
{
    internal const LuceneVersion Version = LuceneVersion.LUCENE_48;

    // Only words that are noise whatever the context: users paste query syntax (AND, OR, NOT). Kana stop words are
    // left to the searcher's weighting, because bigrams such as マス or セン also occur inside katakana words.
    internal static readonly IReadOnlySet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "and", "or", "not", "the", "a", "an", "of",
    };

    private static readonly CharArraySet StopSet = new CharArraySet(Version, StopWords, false).AsReadOnly();

    private const int MappingBufferChars = 512;

    public JapaneseAnalyzer()
        : this(SynonymFolding.None)
    {
    }

    /// <param name="synonyms">Synonym groups, the first word of each being canonical (<c>KnowledgeBase.Synonyms</c>).</param>
    public JapaneseAnalyzer(IEnumerable<IReadOnlyList<string>>? synonyms)
        : this(SynonymFolding.Build(synonyms))
    {
    }

    internal JapaneseAnalyzer(SynonymFolding synonyms)
    {
        Synonyms = synonyms;
    }

    internal SynonymFolding Synonyms { get; }

    /// <summary>The terms the analyzer produces for a text, in order (for tests, diagnostics and the searcher).</summary>
    public IReadOnlyList<string> Terms(string text, string field = "body") => AnalyzerTerms.Of(this, field, text);

    protected override TextReader InitReader(string fieldName, TextReader reader)
    {
        TextReader folded = new FoldingCharFilter(reader);
        if (Synonyms.HasWords)
        {
            folded = new WordSynonymCharFilter(folded, Synonyms);
        }

        // MappingCharFilter buffers a reader that is not buffered yet, in 8,192 chars (16 KB) by default: allocated for
        // every question and every hint was a tenth of what a search allocated. Questions are cut at 400 chars.
        return Synonyms.CharMap is { } map ? new MappingCharFilter(map, new BufferedCharFilter(folded, MappingBufferChars)) : folded;
    }

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);

        // LUCENENET: CJKWidthFilter is redundant after NFKC, but it keeps the chain correct if the char filter is
        // ever bypassed (Analyzer.GetTokenStream with a pre-built reader still calls InitReader, so it is not today).
        TokenStream stream = new CJKWidthFilter(tokenizer);
        stream = new LowerCaseFilter(Version, stream);

        // Bigrams only. With unigrams as well, 40 resident questions over the real knowledge ranked the same (top-1
        // 38/40 both ways, MRR 0.971 against 0.967) for twice the terms and clauses; lone kanji are handled by the
        // searcher instead (a prefix query on 税 for 税は).
        stream = new CJKBigramFilter(stream, CJKScript.ALL, outputUnigrams: false);
        stream = new StopFilter(Version, stream, StopSet);
        return new TokenStreamComponents(tokenizer, stream);
    }
}
