namespace DxBot.Search;

/// <summary>
/// A question reduced to its meaningful units, weighted: the bigrams of its kanji/katakana runs, lone kanji such as
/// 税 in 税は, and latin words. Particles and endings (の交, 率は, です, ますか, 教えて) are not units, so "how much of the
/// question does this entry cover" measures content, not grammar.
/// </summary>
internal sealed class Question
{
    // A lone kanji weighs less: it is often the stem of a verb (使える, 見る) rather than a topic word.
    private const double SingleKanjiWeight = 0.5;

    // A katakana word gives (length - 1) bigrams; without a cap マイナンバーカード (8 bigrams) would outweigh 交付率 (2)
    // and any card entry would look like an answer to any card question.
    private const double KatakanaWordWeight = 2.0;

    // Hiragana particles after which a lone kanji is a noun (税は, 国の) rather than a verb stem (教えて).
    private const string Particles = "ハガヲニデトノモヘヤカヨネ";

    // Besides the lone ones, adverbs that only colour a question (「…するって本当？」「結局」「一応」): an entry need not
    // repeat them to answer it.
    private static readonly HashSet<string> StopUnits = new(StringComparer.Ordinal)
    {
        "市", "町", "村", "県", "区", "何", "誰", "今", "方", "私", "僕",
        "本当", "一応", "結局", "多分", "全然", "絶対", "色々", "実際", "直近", "一番",
    };

    /// <summary>Whether a word only colours a question (市, 直近, 結局): an entry need not write it.</summary>
    internal static bool IsStopUnit(string word) => StopUnits.Contains(word);

    // The unit a figure is asked in (「何パーセント？」): what is asked, not what it is about; an entry happening to write
    // パーセント is no better an answer than one writing %.
    private static readonly HashSet<string> AskedUnits = new(StringComparer.Ordinal) { "パーセント" };

    // When something happens in the resident's story (「来月引っ越す」「先週島に」): a word of its own at the start of a
    // kanji run, whose next bigram straddles it and the following word (月引, 週島) and names neither, so it is skipped.
    // (Dropping the time words themselves as units was tried: +2 and −2 on the eval sets, not kept.)
    private static readonly HashSet<string> StoryTimes = new(StringComparer.Ordinal)
    {
        "来月", "今月", "先月", "来週", "今週", "先週", "先日", "昨日", "今日", "明日", "毎朝", "最近", "昨年", "去年",
    };

    // Nouns that name what is wanted about a subject (「山車まつりの日程」「講座の場所」): the subject says what the
    // question is about, so an entry sharing only the slot (any 日程) must not look like an answer.
    internal static readonly HashSet<string> SlotNouns = new(StringComparer.Ordinal)
    {
        "日程", "日時", "場所", "会場", "予定", "内容", "方法", "詳細", "一覧", "理由", "中心", "部署",
    };

    private const double SlotNounWeight = 0.5;

    // Each bigram of a verb phrase (書カ, カナ, ナイ) in the query: together about one unit's weight.
    private const double PhraseBigramWeight = 0.5;

    // Question words glue onto what follows (何パーセント, 何歳, 誰が): the bigram asks, it does not name a topic.
    private const string Interrogatives = "何誰";

    // Only used for questions written (almost) entirely in kana, where they are all there is to go by.
    internal static readonly HashSet<string> FunctionBigrams = BigramsOf(
        "です", "ですか", "でした", "ます", "ますか", "ました", "ません", "ある", "あります", "ありますか", "ありません",
        "いる", "います", "ください", "ほしい", "おしえて", "について", "とは", "には", "では", "ている", "ています",
        "てる", "したい", "します", "しますか", "できる", "できますか", "どこ", "いつ", "なに", "なん", "どう", "どの",
        "どれ", "だれ", "これ", "それ", "あれ", "この", "その", "ここ", "そこ", "という", "など", "ので", "から",
        "まで", "けど", "よね", "かな", "のか", "んです", "のです", "たい", "ない", "なる", "いい", "よい", "する",
        "でしょう", "ましょう", "おねがい", "ってなに", "ってなん");

    private readonly Dictionary<string, double> units;

    // Verb stems (書 in 書いたり, 待 in 待つ): no coverage units, since 教えて or 使える would count against every entry
    // that does not repeat the verb, but an entry using the same verb (書かない) is a closer answer, so they break ties.
    private readonly HashSet<string> verbStems;

    // Query-term weights: like the units, but a katakana word is given as its bigrams, the analyzer's terms.
    private readonly Dictionary<string, double> termWeights;

    // Units taken from a question written in kana: pieces of words, so they match anywhere.
    // Each with the question's trigrams around it: a kana bigram counts only inside one of them (アリ of ありがとう is not
    // found in あります), since two kana in a row occur by chance in almost any text.
    private readonly Dictionary<string, List<string>> kanaBigrams;

    private Question(Dictionary<string, double> units, Dictionary<string, double> termWeights, Dictionary<string, List<string>> kanaBigrams, HashSet<string> verbStems)
    {
        this.units = units;
        this.verbStems = verbStems;
        this.termWeights = termWeights;
        this.kanaBigrams = kanaBigrams;
        TotalWeight = units.Values.Sum();
    }

    public IReadOnlyDictionary<string, double> Units => units;

    public double TotalWeight { get; }

    public bool IsEmpty => units.Count == 0;

    /// <summary>Whether the question is (almost) all kana, so that its units are kana bigrams.</summary>
    public bool IsKana => kanaBigrams.Count > 0;

    /// <param name="knownWords">Katakana words the knowledge uses, to split a compound (ネットワークセキュリティ) into them.</param>
    /// <param name="verbPhrases">
    /// Folded phrases of a kanji stem and kana (書カナイ, the synonyms' canonical 書かない) that count as one unit: a plan's
    /// 「書かないワンストップ窓口」 is its subject, not a verb, and a resident's 「何枚も書かされる」 is folded onto it.
    /// </param>
    public static Question Parse(string text, CharKind[] kinds, IReadOnlySet<string>? excluded = null, IReadOnlySet<string>? knownWords = null, IReadOnlySet<string>? verbPhrases = null)
    {
        var units = new Dictionary<string, double>(StringComparer.Ordinal);
        var termWeights = new Dictionary<string, double>(StringComparer.Ordinal);
        var kanaBigrams = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var verbStems = new HashSet<string>(StringComparer.Ordinal);
        void Put(Dictionary<string, double> into, string unit, double weight)
        {
            if (excluded is not null && excluded.Contains(unit))
            {
                return;
            }

            into[unit] = into.TryGetValue(unit, out var existing) ? Math.Max(existing, weight) : weight;
        }

        void Add(string unit, double weight)
        {
            Put(units, unit, weight);
            Put(termWeights, unit, weight);
        }

        void AddTerm(string term, double weight) => Put(termWeights, term, weight);
        void AddUnit(string unit, double weight) => Put(units, unit, weight);

        int i = 0;
        while (i < text.Length)
        {
            if (PhraseAt(text, i, verbPhrases) is { } phrase)
            {
                AddUnit(phrase, KatakanaWordWeight);
                // Searched as the analyzer's bigrams of it, so an entry writing the phrase is among the candidates at all.
                for (int b = 0; b + 1 < phrase.Length; b++)
                {
                    AddTerm(phrase.Substring(b, 2), PhraseBigramWeight);
                }

                i += phrase.Length;
                continue;
            }

            if (kinds[i] is CharKind.Han or CharKind.Katakana)
            {
                int end = RunEnd(kinds, i, k => k is CharKind.Han or CharKind.Katakana);
                // A phrase inside the run (書カナイ after a synonym's replacement, whose kana fold to katakana) is a unit of its own.
                for (int p = i + 1; p < end; p++)
                {
                    if (PhraseAt(text, p, verbPhrases) is not null)
                    {
                        end = p;
                        break;
                    }
                }

                if (IsAdverb(text, i, end))
                {
                    i = end;
                    continue;
                }

                AddContentRun(text, kinds, i, end, Add, AddUnit, AddTerm, knownWords, stem => verbStems.Add(stem));
                i = end;
            }
            else if (kinds[i] is CharKind.Latin or CharKind.Digit)
            {
                int end = RunEnd(kinds, i, k => k is CharKind.Latin or CharKind.Digit);
                var word = text[i..end];
                if (word.Length >= 2 && !JapaneseAnalyzer.StopWords.Contains(word))
                {
                    Add(word, 1.0);
                }
                else if (end < text.Length && text[end] == 'ツ' && kinds[end] == CharKind.Hiragana && word.All(char.IsAsciiDigit))
                {
                    // 「基本方針4つ」「5つの重点項目」: how many the plan counts is what names its list.
                    AddUnit(word + "ツ", SingleKanjiWeight);
                }

                i = end;
            }
            else
            {
                i++;
            }
        }

        if (units.Values.Sum() < 1.0)
        {
            // All kana (ぴったりさーびす, すまほきょうしつ): kana bigrams are the only content there is.
            AddKanaBigrams(text, kinds, (bigram, trigrams) =>
            {
                Add(bigram, 1.0);
                if (!kanaBigrams.TryGetValue(bigram, out var around))
                {
                    kanaBigrams[bigram] = around = [];
                }

                around.AddRange(trigrams);
            });
        }

        return new Question(units, termWeights, kanaBigrams, verbStems);
    }

    private static string? PhraseAt(string text, int at, IReadOnlySet<string>? phrases)
    {
        if (phrases is null || phrases.Count == 0)
        {
            return null;
        }

        foreach (var phrase in phrases)
        {
            if (string.CompareOrdinal(text, at, phrase, 0, phrase.Length) == 0 && at + phrase.Length <= text.Length)
            {
                return phrase;
            }
        }

        return null;
    }

    /// <summary>
    /// 「最終的に」「具体的に」「基本的に」: a word made an adverb by 的に says how the question is asked, not what about, like
    /// the adverbs among <see cref="StopUnits"/>.
    /// </summary>
    private static bool IsAdverb(string text, int start, int end) =>
        end - start >= 3 && text[end - 1] == '的' && end < text.Length && text[end] is 'ニ' or 'に';

    /// <summary>The share (0–1) of the question's unit weight found in an entry's folded text.</summary>
    /// <param name="entryReading">
    /// The entry's reading in katakana (<see cref="KanaReading"/>), where the units of a question typed in kana are looked
    /// for too: 「しやくしょ の てつづき」 is written nowhere, シヤクショ and テツヅキ are read in 市役所の手続き.
    /// </param>
    public double CoverageOf(string foldedEntryText, string? entryReading = null)
    {
        if (TotalWeight <= 0)
        {
            return 0;
        }

        double found = 0;
        foreach (var (unit, weight) in units)
        {
            bool occurs = kanaBigrams.TryGetValue(unit, out var trigrams)
                ? OccursAsKana(foldedEntryText, unit, trigrams) || (entryReading is not null && OccursAsKana(entryReading, unit, trigrams))
                : Occurs(foldedEntryText, unit);
            if (occurs)
            {
                found += weight;
            }
        }

        return Math.Clamp(found / TotalWeight, 0, 1);
    }

    private static bool OccursAsKana(string text, string bigram, List<string> trigrams) =>
        trigrams.Count == 0 ? text.Contains(bigram, StringComparison.Ordinal) : trigrams.Any(t => text.Contains(t, StringComparison.Ordinal));

    public double WeightOf(string term) => termWeights.GetValueOrDefault(term);

    /// <summary>
    /// The question with further units no entry has (a kana noun the knowledge never uses, such as ごみ), each a whole
    /// unit: a lone kanji read as a noun (犬 of 「犬の登録」) is no verb stem.
    /// </summary>
    public Question WithUnknownUnits(IReadOnlyList<string> unknown)
    {
        if (unknown.Count == 0)
        {
            return this;
        }

        var withUnknown = new Dictionary<string, double>(units, StringComparer.Ordinal);
        foreach (var unit in unknown)
        {
            withUnknown[unit] = Math.Max(withUnknown.GetValueOrDefault(unit), 1.0);
        }

        return new(withUnknown, termWeights, kanaBigrams, verbStems);
    }

    /// <summary>The same units with each weight multiplied by <paramref name="factor"/> (e.g. how rare the unit is).</summary>
    public Question Reweighted(Func<string, double> factor) =>
        new(units.ToDictionary(u => u.Key, u => u.Value * factor(u.Key), StringComparer.Ordinal), termWeights, kanaBigrams, verbStems);

    /// <summary>The share (0–1) of the question's verb stems an entry's folded text uses as verbs (書 in 書カナイ, not in 書類).</summary>
    public double VerbStemShareOf(string foldedEntryText)
    {
        if (verbStems.Count == 0)
        {
            return 0;
        }

        return verbStems.Count(stem => OccursAsVerb(foldedEntryText, stem[0])) / (double)verbStems.Count;
    }

    /// <summary>Whether an entry's folded text contains the unit, as coverage counts it.</summary>
    public static bool OccursIn(string foldedEntryText, string unit) => Occurs(foldedEntryText, unit);

    private static void AddContentRun(
        string text,
        CharKind[] kinds,
        int start,
        int end,
        Action<string, double> add,
        Action<string, double> addUnit,
        Action<string, double> addTerm,
        IReadOnlySet<string>? knownWords,
        Action<string> addVerbStem)
    {
        if (end - start == 1)
        {
            char c = text[start];
            bool verbStem = end < text.Length && kinds[end] == CharKind.Hiragana && !Particles.Contains(text[end]);
            if (kinds[start] == CharKind.Han && !verbStem && !StopUnits.Contains(c.ToString()))
            {
                add(c.ToString(), SingleKanjiWeight);
            }
            else if (kinds[start] == CharKind.Han && verbStem && !StopUnits.Contains(c.ToString()))
            {
                addVerbStem(c.ToString());
            }

            return;
        }

        for (int k = start; k + 1 < end; k++)
        {
            if (kinds[k] == CharKind.Katakana && kinds[k + 1] == CharKind.Katakana)
            {
                // A katakana word counts whole for coverage: its bigrams occur inside unrelated words
                // (パスポート shares パス with パスワード and ポート with サポート). The query still uses the bigrams.
                int runEnd = RunEnd(kinds, k, kind => kind == CharKind.Katakana);
                double bigramWeight = Math.Min(1.0, KatakanaWordWeight / (runEnd - k - 1));
                for (int b = k; b + 1 < runEnd; b++)
                {
                    addTerm(text.Substring(b, 2), bigramWeight);
                }

                foreach (var word in SplitCompound(text[k..runEnd], knownWords).Where(w => !AskedUnits.Contains(w)))
                {
                    addUnit(word, KatakanaWordWeight);
                }

                k = runEnd - 2;
                continue;
            }

            if (kinds[k] != kinds[k + 1])
            {
                // A bigram across scripts (ド交 in マイナンバーカード交付) names neither word.
                continue;
            }

            var bigram = text.Substring(k, 2);
            if (StoryTimes.Contains(bigram) && k + 2 < end)
            {
                add(bigram, 1.0);
                k++;
                continue;
            }

            if (!StopUnits.Contains(bigram) && !Interrogatives.Contains(bigram[0]))
            {
                add(bigram, SlotNouns.Contains(bigram) ? SlotNounWeight : 1.0);
            }
        }
    }

    /// <summary>A katakana compound the knowledge only has as two words is split into them; otherwise it stays whole.</summary>
    private static IEnumerable<string> SplitCompound(string word, IReadOnlySet<string>? knownWords)
    {
        if (knownWords is null || knownWords.Contains(word))
        {
            return [word];
        }

        for (int split = 2; split <= word.Length - 2; split++)
        {
            if (knownWords.Contains(word[..split]) && knownWords.Contains(word[split..]))
            {
                return [word[..split], word[split..]];
            }
        }

        return [word];
    }

    private static void AddKanaBigrams(string text, CharKind[] kinds, Action<string, IEnumerable<string>> add)
    {
        for (int k = 0; k + 1 < text.Length; k++)
        {
            if (IsCjk(kinds[k]) && IsCjk(kinds[k + 1]))
            {
                var bigram = text.Substring(k, 2);
                if (!FunctionBigrams.Contains(bigram))
                {
                    var trigrams = new List<string>(2);
                    if (k > 0 && IsCjk(kinds[k - 1]))
                    {
                        trigrams.Add(text.Substring(k - 1, 3));
                    }

                    if (k + 2 < text.Length && IsCjk(kinds[k + 2]))
                    {
                        trigrams.Add(text.Substring(k, 3));
                    }

                    add(bigram, trigrams);
                }
            }
        }
    }

    private static bool IsCjk(CharKind kind) => kind is CharKind.Hiragana or CharKind.Katakana or CharKind.Han;

    private static int RunEnd(CharKind[] kinds, int start, Func<CharKind, bool> inRun)
    {
        int end = start;
        while (end < kinds.Length && inRun(kinds[end]))
        {
            end++;
        }

        return end;
    }

    private static bool Occurs(string text, string unit, bool wholeWord = true)
    {
        if (wholeWord && IsShortKatakanaWord(unit))
        {
            // A short katakana word must stand alone: プロ is not in プログラミング, パス not in パスワード. The text is
            // folded (its hiragana are katakana too), so a particle after the word counts as a boundary.
            return OccursWhole(text, unit, c => c is >= 'ァ' and <= 'ヺ' or 'ー', c => Particles.Contains(c));
        }

        if (!char.IsAsciiLetterOrDigit(unit[0]))
        {
            return text.Contains(unit, StringComparison.Ordinal);
        }

        // Latin words must match whole: "it" is not in "city".
        return OccursWhole(text, unit, char.IsAsciiLetterOrDigit, _ => false);
    }

    // The entry text is folded (hiragana as katakana): a verb is its kanji followed by kana that is not a particle.
    private static bool OccursAsVerb(string text, char stem)
    {
        for (int at = text.IndexOf(stem); at >= 0 && at + 1 < text.Length; at = text.IndexOf(stem, at + 1))
        {
            char next = text[at + 1];
            bool kanaAfter = next is >= 'ァ' and <= 'ヺ' && next != 'ー';
            if (kanaAfter && !VerbEndingsExcluded.Contains(next))
            {
                return true;
            }
        }

        return false;
    }

    // Particles after a kanji make it a noun (書ガ, 書ヲ); カ is left out, as in 書カナイ.
    private const string VerbEndingsExcluded = "ハガヲニデトノモヘヤヨネ";

    // A loop, not Enumerable.All: a string enumerated as IEnumerable<char> allocates an enumerator, and this runs for
    // every entry text a new unit is counted in (IndexPart.DocumentsWith): 6 MB of the turns' allocations in the
    // second after a one-city reindex at 100x (docs/benchmarks.md).
    private static bool IsShortKatakanaWord(string unit)
    {
        if (unit.Length > 3)
        {
            return false;
        }

        foreach (var c in unit)
        {
            if (c is not (>= 'ァ' and <= 'ヺ' or 'ー'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OccursWhole(string text, string unit, Func<char, bool> isWordChar, Func<char, bool> isBoundary)
    {
        for (int at = text.IndexOf(unit, StringComparison.Ordinal); at >= 0; at = text.IndexOf(unit, at + 1, StringComparison.Ordinal))
        {
            bool startsWord = at == 0 || !isWordChar(text[at - 1]) || isBoundary(text[at - 1]);
            int after = at + unit.Length;
            bool endsWord = after == text.Length || !isWordChar(text[after]) || isBoundary(text[after]);
            if (startsWord && endsWord)
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> BigramsOf(params string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var folded = TextFolding.Fold(word).Text;
            for (int k = 0; k + 1 < folded.Length; k++)
            {
                set.Add(folded.Substring(k, 2));
            }
        }

        return set;
    }
}
