namespace DxBot.Search;

/// <summary>
/// Reads a message's nouns, as MeCab parses them, for those no entry writes or reads: a noun written in hiragana
/// (ごみ), which the bigram units never see, and in a short question a kanji noun that is its subject (犬 of
/// 「犬の登録はどこでする？」). What shares the message's other words is then about something else.
/// </summary>
internal sealed partial class UnknownNounReader(KnowledgeIndex index)
{
    public UnknownNouns Find(IReadOnlyList<Morpheme> words, bool shortQuestion)
    {
        var unknown = new List<string>();
        bool kanaSubject = false, kanjiSubject = false;
        for (int i = 0; i < words.Count; i++)
        {
            var m = words[i];
            // A word the synonyms fold onto one the entries use (ばあちゃん → 高齢者) is known.
            if (m.PartOfSpeech == "名詞" && m.Subclass == "一般" && HasKanaWord(m.Surface) && !DialectQuestionWords.Contains(m.Surface)
                && TextFolding.Fold(m.Surface).Text is var word && index.Fold(m.Surface).Text == word && !index.UsesKanaWord(word))
            {
                unknown.Add(word);
                kanaSubject |= FollowedBy(words, i, "の", "は");
            }
            else if (shortQuestion && IsUnknownKanjiNoun(m) && !BeforeItsHead(words, i) && FollowedBy(words, i, "の", "は", "が", "を", "、", "って") && !IsAttributeAsked(words, i))
            {
                // The same for a kanji noun no entry writes (除雪 in 「道路の除雪、いつ来てくれる」): its units are the question's
                // already; as whose or what the question is about, what shares its other words (来てくれる) is about else.
                // Only in a short question: in a story the people and things of it (近所の人が, 屋根が) are no subject asked.
                unknown.Add(TextFolding.Fold(m.Surface).Text);
                kanjiSubject = true;
            }
        }

        // Either kind as the subject of a short question (「燃えるごみの日はいつですか」) leaves nothing the knowledge answers.
        return new UnknownNouns(unknown, kanaSubject, kanjiSubject || (shortQuestion && kanaSubject));
    }

    // What is asked of the subject rather than the subject: after どの, 何の or 何か (「どの職位の職員」「何か特典ってある？」), the question's last
    // noun before は and its end (「想定している勤務形態は？」), or the noun asked for by a verb of telling (「…を挙げて」).
    private static bool IsAttributeAsked(IReadOnlyList<Morpheme> words, int i)
    {
        int start = i;
        while (start > 0 && words[start - 1].PartOfSpeech == "名詞" && words[start - 1].Subclass != "代名詞")
        {
            start--;
        }

        if (start > 0 && (words[start - 1].PartOfSpeech == "連体詞"
            || (start > 1 && words[start - 1].Surface is "の" or "か" && words[start - 2].Surface is "何" or "なん" or "なに")))
        {
            return true;
        }

        int next = AfterCompound(words, i);
        return next < words.Count
            && ((words[next].Surface is "は" or "って" && AskedAtTheEnd().IsMatch(string.Concat(words.Skip(next + 1).Select(w => w.Surface))))
                || (words[next].Surface == "を" && next + 1 < words.Count && RequestVerbs.Contains(words[next + 1].BaseForm))
                || (words[next].Surface is "を" or "が" && ModifiesANoun(words, next + 1)));
    }

    // The verb from here ends a clause describing the noun after it (「課をまたぐ案件を検討する専門部会」): the nouns in
    // that clause say which 専門部会, the subject is the noun it describes.
    private static bool ModifiesANoun(IReadOnlyList<Morpheme> words, int from)
    {
        int j = from;
        if (j < words.Count && words[j].PartOfSpeech == "名詞" && words[j].Subclass == "サ変接続")
        {
            j++;
        }

        int verbs = 0;
        while (j < words.Count && words[j].PartOfSpeech is "動詞" or "助動詞")
        {
            j++;
            verbs++;
        }

        return verbs > 0 && j < words.Count && words[j].PartOfSpeech == "名詞" && words[j].Subclass is not ("非自立" or "代名詞");
    }

    // Nothing, or a question word, after 「…は」「…って」 to the end (「勤務形態は？」「締め切りっていつですか？」).
    [System.Text.RegularExpressions.GeneratedRegex(@"^(いつ|どこ|何|なに|なん|誰|だれ|いくら|いくつ|どれ|どう|どのくらい|どれくらい)?(ですか|でしょうか|なの|なん|だっけ|か|です)?[?？。!！\s]*$")]
    private static partial System.Text.RegularExpressions.Regex AskedAtTheEnd();

    // What is asked for by name (「公金の範囲を確認したい」「勤務形態を挙げて」): the noun before を is the information wanted.
    private static readonly HashSet<string> RequestVerbs = new(StringComparer.Ordinal)
    {
        "挙げる", "あげる", "教える", "確認", "知る", "示す", "説明", "見る", "調べる", "聞く", "まとめる", "整理",
    };

    // The city and its office, which every city's knowledge is about whether or not an entry writes the word (a plan
    // imported alone may say 本市 or 庁舎 throughout).
    private static readonly HashSet<string> CityItself = new(StringComparer.Ordinal) { "市役所", "役所", "役場", "市役場", "庁舎", "市民", "住民", "窓口" };

    // The first part of a compound whose head the entries know (入園 of 入園申込み): the compound is about its head.
    private static bool BeforeItsHead(IReadOnlyList<Morpheme> words, int i) =>
        i + 1 < words.Count && words[i + 1].PartOfSpeech == "名詞" && words[i + 1].Subclass != "接尾";

    // One sentence of a few words (「犬の登録はどこでする？」), not a story told around the question.
    public static bool IsShortQuestion(string text)
    {
        var trimmed = text.Trim().TrimEnd('？', '?', '！', '!', '。', '…');
        return trimmed.Length <= MaxShortQuestionLength && trimmed.IndexOfAny(['。', '？', '?', '！', '!']) < 0;
    }

    private const int MaxShortQuestionLength = 24;

    // A noun in kanji (熊, 除雪, 空き家) that the synonyms do not fold onto a word of the entries and that no entry writes.
    private bool IsUnknownKanjiNoun(Morpheme m)
    {
        // In kanji, or kanji with the kana of their reading (空き家): a kana word is Find's other case.
        bool withKana = !m.Surface.All(IsKanji);
        if (m.PartOfSpeech != "名詞" || m.Subclass is not ("一般" or "サ変接続")
            || (withKana && (!IsKanji(m.Surface[0]) || m.Surface.Count(IsKanji) < 2 || HasKanaWord(m.Surface) || !m.Surface.All(c => TextFolding.KindOf(c) is CharKind.Han or CharKind.Hiragana))))
        {
            return false;
        }

        var word = TextFolding.Fold(m.Surface).Text;
        if (index.Fold(m.Surface).Text != word || Question.IsStopUnit(word) || CityItself.Contains(m.Surface))
        {
            return false;
        }

        if (word.Length == 1)
        {
            return index.DocumentsWith(word) == 0;
        }

        if (withKana)
        {
            // Written with other kana by the entries (支払 for 支払い) is known too.
            var kanji = new string(word.Where(IsKanji).ToArray());
            return index.DocumentsWith(word) == 0 && index.DocumentsWith(kanji) == 0;
        }

        for (int b = 0; b + 1 < word.Length; b++)
        {
            if (index.DocumentsWith(word.Substring(b, 2)) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKanji(char c) => TextFolding.KindOf(c) == CharKind.Han;

    // The word after a noun and the nouns compounded with it (除雪車の) is one of the particles given.
    private static bool FollowedBy(IReadOnlyList<Morpheme> words, int i, params string[] particles) =>
        AfterCompound(words, i) is var next && next < words.Count && particles.Contains(words[next].Surface);

    // The index of the first word after the noun at i and the nouns compounded with it.
    private static int AfterCompound(IReadOnlyList<Morpheme> words, int i)
    {
        int next = i + 1;
        while (next < words.Count && words[next].PartOfSpeech == "名詞")
        {
            next++;
        }

        return next;
    }

    // How many or how much in dialect (「なんぼの手続きが…」), which MeCab reads as a common noun: a question word, not a subject.
    private static readonly HashSet<string> DialectQuestionWords = new(StringComparer.Ordinal) { "なんぼ", "なんぼう", "なんぼか" };

    // Two hiragana in a row are a word of their own (ごみ, ばあちゃん); a lone one is a verb's ending on a kanji stem
    // (狙い, 手続き), whose kanji are units already.
    private static bool HasKanaWord(string noun)
    {
        for (int i = 1; i < noun.Length; i++)
        {
            if (noun[i - 1] is >= 'ぁ' and <= 'ゖ' && noun[i] is >= 'ぁ' and <= 'ゖ')
            {
                return true;
            }
        }

        return false;
    }
}
