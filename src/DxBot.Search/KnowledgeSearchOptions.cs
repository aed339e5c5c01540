namespace DxBot.Search;

/// <summary>How questions become queries and how hits are ranked.</summary>
public sealed record KnowledgeSearchOptions
{
    public static KnowledgeSearchOptions Default { get; } = new();

    /// <summary>Longer questions are cut here before analysis (a question, not a document, is expected).</summary>
    public int MaxQuestionLength { get; init; } = 400;

    /// <summary>At most this many terms make the query, far below BooleanQuery's 1024-clause limit.</summary>
    public int MaxQueryTerms { get; init; } = 48;

    /// <summary>How many Lucene hits are re-ranked with coverage.</summary>
    public int Candidates { get; init; } = 40;

    /// <summary>The most results a request may ask for.</summary>
    public int MaxResults { get; init; } = 20;

    public float TitleBoost { get; init; } = 2.0f;

    public float KeywordsBoost { get; init; } = 1.5f;

    public float BodyBoost { get; init; } = 1.0f;

    /// <summary>Boost of terms that are not meaningful units (particle-spanning bigrams such as ドノ or 率ハ).</summary>
    public float GrammarTermBoost { get; init; } = 0.1f;

    /// <summary>The share of coverage in the final score; the rest is the Lucene score relative to the best hit.</summary>
    public double CoverageWeight { get; init; } = 0.5;

    /// <summary>
    /// Boost of the clause that matches the reading of the question's kana words against the entries' readings (MeCab),
    /// against about 1 for a content bigram; 0 leaves readings out of the query. Over the eval sets 0.6 gained a case
    /// and lost none, 1.0 lost one (docs/benchmarks.md, "MeCab").
    /// </summary>
    public float ReadingBoost { get; init; } = 0.6f;

    /// <summary>Weight of the words a question's kind adds (see QuestionHints), against about 1 for a content unit.</summary>
    public float HintBoost { get; init; } = 0.8f;

    /// <summary>Weight of the share of a question's verbs an entry uses too (書 in 書いたり and 書かない): a tie-breaker only.</summary>
    public double VerbStemWeight { get; init; } = 0.1;

    /// <summary>Added when an entry's title contains the question's topic (the words before は/って): a tie-breaker only.</summary>
    public double TitleFocusWeight { get; init; } = 0.1;

    /// <summary>Added when the question holds one of the entry's kana keyword phrases (何をしてくれる): a tie-breaker only.</summary>
    public double ResidentsPhraseWeight { get; init; } = 0.1;

    /// <summary>
    /// Added to an entry whose title holds a phrase the question quotes (「行政サービスの継続性を保つためのDXの推進」):
    /// a quoted name refers to that section, not to the overview that lists it.
    /// </summary>
    public double QuotedTitleWeight { get; init; } = 0.2;

    /// <summary>The least coverage of an entry whose title holds a phrase the question quotes: enough to answer.</summary>
    public double QuotedTitleCoverage { get; init; } = 0.6;

    /// <summary>
    /// Multiplies every hit's coverage when the question's topic is in no entry at all (「献立を教えて」), so sharing its
    /// other words (学校, 給食) is not enough to answer.
    /// </summary>
    public double UnknownFocusFactor { get; init; } = 0.85;

    /// <summary>
    /// Multiplies every hit's coverage when whose topic it is (A in 「AのBを教えて」) is in no entry at all: 「駐輪場の料金」
    /// shares 料金 with the card's fee entry, but asks about something the knowledge does not hold.
    /// </summary>
    public double UnknownModifierFactor { get; init; } = 0.4;

    /// <summary>
    /// Multiplies every hit's coverage when a short question's subject is a noun no entry writes (「新築の固定資産税は
    /// いつ来る？」「燃えるごみの日はいつですか」): a long known word beside it (固定資産税, four bigrams) would otherwise keep an
    /// entry listing that word above the confidence line.
    /// </summary>
    public double UnknownSubjectFactor { get; init; } = 0.25;

    /// <summary>
    /// Multiplies one hit's coverage when it lacks whose topic it is (公民館 in 「公民館の予約の方法」) while other entries
    /// have it: that hit is about the same thing of something else.
    /// </summary>
    public double MissingModifierFactor { get; init; } = 0.6;
}
