using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DxBot.Search;

/// <summary>
/// Answers questions from one <see cref="KnowledgeIndex"/> generation. The query is built from the analyzer's terms
/// (never QueryParser, so no user text can be syntax), capped in length and clauses; hits are re-ranked by how much of
/// the question they cover. Thread-safe.
/// </summary>
public sealed partial class LuceneKnowledgeSearcher : IKnowledgeSearcher
{
    // How much more the topic of the question (see FocusOf) weighs than its other words.
    private const double FocusWeight = 2.0;

    private const int MinTitleFocusDocuments = 3;

    private const int MinQuotedLength = 4;

    // Kana after a noun's kanji that still belong to the noun (ごみ of 粗大ごみ, ども of 子ども).
    private const int MaxKanaTail = 2;

    private readonly KnowledgeSearchOptions options;

    private readonly (string Field, float Boost)[] fields;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> topicFilters = new(StringComparer.Ordinal);

    // Recent messages' unknown nouns (see WithUnknownNouns): a message is asked once, its turn reads it again.
    private readonly RecentCache<string, UnknownNouns> unknownNouns = new(1024, StringComparer.Ordinal);

    private readonly UnknownNounReader nounReader;

    public LuceneKnowledgeSearcher(KnowledgeIndex index, KnowledgeSearchOptions? options = null)
    {
        Index = index ?? throw new ArgumentNullException(nameof(index));
        this.options = options ?? KnowledgeSearchOptions.Default;
        nounReader = new UnknownNounReader(index);
        fields = [(KnowledgeFields.Title, this.options.TitleBoost), (KnowledgeFields.Keywords, this.options.KeywordsBoost), (KnowledgeFields.Body, this.options.BodyBoost)];
    }

    public KnowledgeIndex Index { get; }

    /// <summary>
    /// Lucene's own BooleanQuery and TermQuery instead of <see cref="PooledBooleanQuery"/> and
    /// <see cref="PooledTermQuery"/>: for tests comparing the two.
    /// </summary>
    internal bool LuceneQueries { get; init; }

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

        text = WithoutTypos(text, request.CityId);

        try
        {
            var (folded, kinds) = Index.Fold(text);
            var (question, subjectFactor) = WithUnknownNouns(WithoutNoiseWords(Question.Parse(folded, kinds, Index.CityNameUnits(request.CityId), Index.KatakanaWords, Index.VerbPhrases), folded, kinds, request.CityId), text);
            if (question.IsEmpty)
            {
                return [];
            }

            // Read as MeCab reads it: the same reading as the entries' reading field, whatever the script it was typed in.
            // In a question mostly in kanji only its longer kana content words (てつづき, もらえる) are read; one typed
            // all in kana is read whole, since MeCab's parts of speech are guesses there.
            var reading = Index.Morphology is { } morphology ? KanaReading.Of(morphology, text, typedInKanaOnly: true, contentWordsOnly: !question.IsKana) : null;
            var query = BuildQuery(text, question, reading, Index.CityNameReadings(request.CityId));
            if (query.Clauses.Count == 0)
            {
                return [];
            }

            int candidates = Math.Max(options.Candidates, maxResults);
            // A city's question is searched in its own and the national segments only (see KnowledgeIndex.Build).
            var topic = string.IsNullOrWhiteSpace(request.Topic) ? null : TopicFilter(request.Topic.Trim());
            var top = string.IsNullOrWhiteSpace(request.CityId)
                ? Index.Searcher.Search(query, topic, candidates)
                : Index.Searcher.SearchSegments(Index.SegmentsFor(KnowledgeFields.CityValue(request.CityId)), topic is null ? query : new FilteredQuery(query, topic), candidates);
            if (top.ScoreDocs.Length == 0)
            {
                return [];
            }

            float best = Math.Max(top.ScoreDocs.Max(d => d.Score), float.Epsilon);
            var quoted = Quoted().Matches(folded).Select(m => m.Groups[1].Value).Where(q => q.Length >= MinQuotedLength).ToList();
            var (focus, focusStart) = FocusOf(folded, kinds);
            var weighted = question.Reweighted(u => Index.Rarity(u) * (focus.Contains(u, StringComparison.Ordinal) ? FocusWeight : 1));

            // What the question asks about is in no entry at all (「給食の献立を教えて」), nor is whose it is
            // (「駐輪場の料金を教えて」): whatever shares its other words answers something else.
            // Whose the topic is: A in 「AのBは？」, or in 「AのBの方法は？」 when B's slot is asked; one noun only, since
            // those further out are often settings (現在の, 今後の) rather than the subject.
            var chain = ModifiersOf(folded, kinds, focusStart);
            var modifiers = (focus.Length == 0 ? chain.Skip(1) : chain).Take(1).Select(m => UnitsIn(question, m)).Where(u => u.Count > 0).ToList();
            double focusFactor = Math.Min(subjectFactor, IsUnknown(question, focus) ? options.UnknownFocusFactor
                : modifiers.Any(units => units.All(u => Index.DocumentsWith(u) == 0)) ? options.UnknownModifierFactor
                : 1);

            // Only a modifier few entries have names a particular subject (公民館); 現在 or 計画 says little.
            modifiers = modifiers.Where(units => units.Min(Index.DocumentsWith) is > 0 and var d && d <= Math.Max(MinTitleFocusDocuments, Index.Count / 20)).ToList();
            return top.ScoreDocs
                .Select(d => (Doc: d, Text: Index.TextOf(d.Doc)))
                .Select(d => (d.Doc, Coverage: weighted.CoverageOf(d.Text, Index.ReadingOf(d.Doc.Doc)) * focusFactor * (LacksAModifier(d.Text, modifiers) ? options.MissingModifierFactor : 1), Verbs: question.VerbStemShareOf(d.Text), Titled: TitleNames(d.Doc.Doc, focus), Quoted: TitleQuotes(d.Doc.Doc, quoted), Phrase: Index.HasPhraseIn(d.Doc.Doc, folded)))
                // A name quoted as the title writes it (「行かなくていい市役所」ってチラシで見たけど) says which entry is meant,
                // whatever else the message says.
                .Select(h => h with { Coverage = h.Quoted ? Math.Max(h.Coverage, options.QuotedTitleCoverage) : h.Coverage })
                .Select(h => (h.Doc, h.Coverage, Combined: ((1 - options.CoverageWeight) * (h.Doc.Score / best)) + (options.CoverageWeight * h.Coverage)
                    + (options.VerbStemWeight * h.Verbs) + (h.Titled ? options.TitleFocusWeight : 0) + (h.Quoted ? options.QuotedTitleWeight : 0)
                    + (h.Phrase ? options.ResidentsPhraseWeight : 0)))
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

    private string? CityName(string? cityId) =>
        cityId is not null && Index.Base.Cities.TryGetValue(cityId, out var city) ? city.Name : null;

    /// <summary>The share of a question's meaningful units an entry's text contains (what <see cref="SearchHit.Coverage"/> holds).</summary>
    public double Coverage(string question, string entryText, string? cityId = null) => CoverageOfFolded(question, Index.Fold(entryText ?? string.Empty).Text, cityId);

    public double Coverage(string question, KnowledgeEntry entry, string? cityId)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return CoverageOfFolded(question, Index.FoldForCoverage(entry), cityId, Index.ReadingOf(entry));
    }

    // The city's name with one kanji wrong, a katakana word with one voicing mark wrong: read as meant.
    private string WithoutTypos(string text, string? cityId) =>
        KatakanaTypo.Corrected(CityNameTypo.Corrected(text, CityName(cityId)), Index.KatakanaWords);

    private double CoverageOfFolded(string question, string foldedEntryText, string? cityId, string? entryReading = null)
    {
        question = WithoutTypos(question ?? string.Empty, cityId);
        var (folded, kinds) = Index.Fold(question);
        return WithUnknownNouns(Question.Parse(folded, kinds, Index.CityNameUnits(cityId), Index.KatakanaWords, Index.VerbPhrases), question ?? string.Empty).Question
            .Reweighted(Index.Rarity).CoverageOf(foldedEntryText, entryReading);
    }

    /// <summary>
    /// A noun written with hiragana (ごみ in 「燃えるごみの収集日」, 粗大ごみ) is no unit, since hiragana are mostly endings and
    /// particles; when MeCab reads it as a noun no entry writes or reads, the question is about something the knowledge
    /// does not cover: it counts as a unit no entry has, and when it is whose the question asks about (the noun before
    /// の or は) the question's subject is unknown. So is a short question's kanji subject no entry writes (犬 of
    /// 「犬の登録はどこでする？」; see <see cref="UnknownNounReader"/>).
    /// </summary>
    private (Question Question, double SubjectFactor) WithUnknownNouns(Question question, string text)
    {
        if (question.IsKana || question.IsEmpty || Index.Morphology is not { } morphology)
        {
            return (question, 1);
        }

        // A turn asks the coverage of one message against several entries: it is read once.
        var found = unknownNouns.GetOrAdd(text, static (t, s) => s.Reader.Find(s.Morphology.Parse(t), UnknownNounReader.IsShortQuestion(t)), (Reader: nounReader, Morphology: morphology));
        var factor = found.SubjectOfAShortQuestion ? options.UnknownSubjectFactor : found.KanaSubject ? options.UnknownModifierFactor : 1;
        return (question.WithUnknownUnits(found.Words), factor);
    }

    // True when the focus has units and none of them occurs in any entry.
    private bool IsUnknown(Question question, string focus)
    {
        var units = UnitsIn(question, focus);
        return units.Count > 0 && units.All(u => Index.DocumentsWith(u) == 0);
    }

    private static List<string> UnitsIn(Question question, string phrase) =>
        question.Units.Keys.Where(u => phrase.Contains(u, StringComparison.Ordinal)).ToList();

    // True when the entry has none of the units of some modifier that other entries do have: 「公民館の予約」 answered by
    // an entry about the card's 予約 is about someone else's 予約.
    private static bool LacksAModifier(string text, List<List<string>> modifiers) =>
        modifiers.Any(units => !units.Any(u => Question.OccursIn(text, u)));

    // True when the entry's title holds one of the phrases the question quotes.
    private bool TitleQuotes(int doc, List<string> quoted) =>
        quoted.Count > 0 && quoted.Any(q => Index.TitleOf(doc).Contains(q, StringComparison.Ordinal));

    // A phrase in 「」『』 or quotation marks; shorter ones (「DX」) name too little to pick a section.
    [System.Text.RegularExpressions.GeneratedRegex(@"[「『""“]([^」』""”]+)[」』""”]")]
    private static partial System.Text.RegularExpressions.Regex Quoted();

    // An entry whose title names the question's topic (基本理念 in 「基本理念って何？」) is about it, not one that mentions it.
    // Only for a topic few entries share (one in twenty or fewer): システム or 計画 in a title says little.
    private bool TitleNames(int doc, string focus) =>
        focus.Length >= 2
        && Index.DocumentsWith(focus) <= Math.Max(MinTitleFocusDocuments, Index.Count / 20)
        && Index.TitleOf(doc).Contains(focus, StringComparison.Ordinal);

    /// <summary>
    /// The topic of a question: the content words just before its topic particle, or the object of 教えて/知りたい (「AのBは？」「Bって何？」 ask about B).
    /// Its units weigh more in coverage, so an entry about B beats one that only shares A.
    /// </summary>
    private static (string Focus, int Start) FocusOf(string folded, CharKind[] kinds)
    {
        for (int i = 1; i < folded.Length; i++)
        {
            // 「Bは」「Bって」 and 「Bを教えて」 (the thing asked for), folded to katakana.
            bool particle = kinds[i] == CharKind.Hiragana
                && (folded[i] == 'ハ'
                    || (folded[i] == 'ッ' && i + 1 < folded.Length && folded[i + 1] == 'テ')
                    || (folded[i] == 'ヲ' && i + 1 < folded.Length && folded[i + 1] is '教' or '知' or '調'));
            if (particle && kinds[i - 1] is CharKind.Han or CharKind.Katakana)
            {
                int start = NounStart(kinds, i - 1);

                // 「日程って」 names the slot, not the subject; what comes before it (「教室の日程」) still says whose.
                var run = folded[start..i];
                return (Question.SlotNouns.Contains(run) ? string.Empty : run, start);
            }
        }

        return (string.Empty, -1);
    }

    /// <summary>Whose the focus is: A and B in 「AのBのCは？」, the noun runs chained to it by の.</summary>
    private static IEnumerable<string> ModifiersOf(string folded, CharKind[] kinds, int focusStart)
    {
        for (int no = focusStart - 1; no >= 1 && folded[no] == 'ノ' && kinds[no] == CharKind.Hiragana;)
        {
            // 「粗大ごみの」: a noun ending in a short kana tail is named by its kanji (粗大); a longer tail (燃えないごみ)
            // is a verb's ending, not part of a noun.
            int end = no;
            while (end > 0 && no - end < MaxKanaTail && kinds[end - 1] == CharKind.Hiragana && folded[end - 1] != 'ノ')
            {
                end--;
            }

            if (end < 1 || kinds[end - 1] is not (CharKind.Han or CharKind.Katakana))
            {
                yield break;
            }

            int start = NounStart(kinds, end - 1);
            yield return folded[start..end];
            no = start - 1;
        }
    }

    // The first character of the kanji/katakana run that ends at end.
    private static int NounStart(CharKind[] kinds, int end)
    {
        int start = end;
        while (start > 0 && kinds[start - 1] is CharKind.Han or CharKind.Katakana)
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// Latin words no entry contains (drop, table, typos, English filler) are left out of the question: they cannot be
    /// answered and would only dilute the coverage of the Japanese words around them. Unknown kanji or katakana
    /// (天気, ラーメン) stay, since they are what makes an off-topic question off-topic, except where the message says it
    /// is where the resident saw or heard of the subject (テレビ of 「テレビで見たんだけど、Society5.0って何？」): that is
    /// the story's, not what is asked.
    /// </summary>
    private Question WithoutNoiseWords(Question question, string folded, CharKind[] kinds, string? cityId)
    {
        // A unit is cut at a full stop the analyzer keeps (「Society5.0」 is the unit society5 and the term society5.0).
        List<string>? termsWithAStop = null;
        var media = WhereItWasHeard(folded);
        var unknown = question.Units.Keys
            .Where(u => (u.All(c => char.IsAsciiLetterOrDigit(c)) && !Index.ContainsTerm(u)
                    && !(termsWithAStop ??= [.. Index.Analyzer.Terms(folded).Where(t => t.Contains('.', StringComparison.Ordinal))])
                        .Any(t => t.StartsWith(u, StringComparison.Ordinal) && Index.ContainsTerm(t)))
                || IsOnlyTheMedium(u, media, folded))
            .ToList();
        if (unknown.Count == 0 || unknown.Count == question.Units.Count)
        {
            return question;
        }

        var excluded = new HashSet<string>(unknown, StringComparer.Ordinal);
        if (Index.CityNameUnits(cityId) is { } cityUnits)
        {
            excluded.UnionWith(cityUnits);
        }

        return Question.Parse(folded, kinds, excluded, Index.KatakanaWords, Index.VerbPhrases);
    }

    // A medium named again as what is asked (「市のLINEで見たけど、LINEで申請もできるの？」) is the subject too.
    private static bool IsOnlyTheMedium(string unit, List<string> media, string folded)
    {
        int asMedium = media.Count(m => m.EndsWith(unit, StringComparison.Ordinal));
        if (asMedium == 0)
        {
            return false;
        }

        int all = 0;
        for (int at = folded.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(unit, at + unit.Length, StringComparison.Ordinal))
        {
            all++;
        }

        return all == asMedium;
    }

    // The words before 「で見た」「で聞いた」…: a message without デ has none, and most have none at all.
    private static List<string> WhereItWasHeard(string folded) =>
        folded.Contains('デ', StringComparison.Ordinal) ? [.. WhereHeard().Matches(folded).Select(m => m.Groups[1].Value)] : [];

    // 「テレビで見た」「新聞で読んだ」「ニュースで聞いたんですが」 as folded (kana in katakana): the medium is the word before で.
    // Only the past (見た, 見て): 「マイナポータルで見られる？」 asks of what it names.
    [System.Text.RegularExpressions.GeneratedRegex(@"([^\s、。,.?!]{1,8})デ(?:見タ|見テ|聞イタ|聞イテ|読ンダ|知ッタ)")]
    private static partial System.Text.RegularExpressions.Regex WhereHeard();

    private BooleanQuery NewBooleanQuery() => LuceneQueries ? new BooleanQuery(disableCoord: true) : new PooledBooleanQuery(disableCoord: true);

    private Query NewTermQuery(Term term, TermContext states) => LuceneQueries ? new TermQuery(term, states) : new PooledTermQuery(term, states);

    private BooleanQuery BuildQuery(string text, Question question, string? reading, IReadOnlySet<string>? cityNameReadings)
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

        var query = NewBooleanQuery();
        foreach (var (term, _, weight) in terms
            .Concat(prefixes)
            .OrderByDescending(t => t.Weight)
            .ThenBy(t => t.Position)
            .Take(Math.Min(options.MaxQueryTerms, BooleanQuery.MaxClauseCount)))
        {
            bool isPrefix = term.Length == 1 && !termTexts.Contains(term);
            if (PerField(term, isPrefix) is { } perField)
            {
                perField.Boost = weight > 0 ? (float)weight : options.GrammarTermBoost;
                query.Add(perField, Occur.SHOULD);
            }
        }

        // The reading of the question's kana words against the entries' readings: one clause, an added signal beside the
        // bigrams, which stay the main one (docs/benchmarks.md: reading the kanji words too counted them twice).
        if (reading is not null && options.ReadingBoost > 0 && query.Clauses.Count < BooleanQuery.MaxClauseCount)
        {
            var byReading = NewBooleanQuery();
            // Neither the city's name (every entry of the city has it; short ones would win) nor grammar (デス, マス).
            var readingTerms = Index.Analyzer.Terms(reading, KnowledgeFields.Reading)
                .Where(t => !Question.FunctionBigrams.Contains(t) && (cityNameReadings is null || !cityNameReadings.Contains(t)))
                .Distinct(StringComparer.Ordinal)
                .Take(options.MaxQueryTerms);
            foreach (var term in readingTerms)
            {
                if (Index.TermContextOf(KnowledgeFields.Reading, term).DocFreq > 0)
                {
                    byReading.Add(NewTermQuery(new Term(KnowledgeFields.Reading, term), Index.TermContextOf(KnowledgeFields.Reading, term)), Occur.SHOULD);
                }
            }

            if (byReading.Clauses.Count > 0)
            {
                byReading.Boost = options.ReadingBoost;
                query.Add(byReading, Occur.SHOULD);
            }
        }

        // The kind of answer asked for (a period, an office, a definition): a light tie-breaker, not a coverage unit.
        if (QuestionHints.For(text) is { } hints)
        {
            foreach (var term in Index.Analyzer.Terms(hints).Distinct(StringComparer.Ordinal).Where(t => !termTexts.Contains(t)))
            {
                if (query.Clauses.Count >= BooleanQuery.MaxClauseCount)
                {
                    break;
                }

                if (PerField(term, prefix: false) is { } hint)
                {
                    hint.Boost = options.HintBoost;
                    query.Add(hint, Occur.SHOULD);
                }
            }
        }

        return query;
    }

    /// <summary>
    /// The term in each field that has it, the best field counting most; null when no field has it. A field without
    /// the term adds nothing to any score (BM25 ignores the query norm and there is no coord), so leaving it out changes
    /// no ranking, and saves a weight and a scorer per field: most bigrams are in no title (bench/load/NOTES.md).
    /// </summary>
    private DisjunctionMaxQuery? PerField(string term, bool prefix)
    {
        var perField = new DisjunctionMaxQuery(0.1f);
        foreach (var (field, boost) in fields)
        {
            if (prefix || Index.TermContextOf(field, term).DocFreq > 0)
            {
                perField.Add(FieldQuery(field, term, boost, prefix));
            }
        }

        return perField.Disjuncts.Count == 0 ? null : perField;
    }

    private Query FieldQuery(string field, string term, float boost, bool prefix)
    {
        // Filter rewrite: a prefix never expands into clauses, so it cannot hit TooManyClauses.
        var luceneTerm = new Term(field, term);
        Query query = prefix
            ? new PrefixQuery(luceneTerm) { MultiTermRewriteMethod = MultiTermQuery.CONSTANT_SCORE_FILTER_REWRITE }
            : NewTermQuery(luceneTerm, Index.TermContextOf(field, term));
        query.Boost = boost;
        return query;
    }

    // One bit set per topic, built on first use and kept for the generation.
    private Filter TopicFilter(string topic) =>
        topicFilters.GetOrAdd(topic, static t => new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(KnowledgeFields.Topic, t)))));
}
