using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// A question asking two things of one subject at once (「ビジョンとバリューは？」「計画期間と改訂時期は？」「推進体制と
/// 進行管理の方法」): each is a question of its own, and the plan often answers them in different sections.
/// </summary>
public static partial class PairedQuestion
{
    // Kanji, katakana and Latin letters each clause of a two-question message needs to say what it asks about.
    private const int MinClauseWords = 4;

    // A second clause shorter than MinClauseWords is a question of its own only in the form of ShortQuestion.
    private const int MinShortClauseWords = 2;

    // 「それって誰が手伝ってくれるの？」 asks who helps, a fact of the help itself, not whether the city does anything.
    private static readonly string[] AskingWhoWhereWhen = ["誰", "だれ", "どこ", "いつ", "いくら"];

    // Who is asked and how vaguely (「市は何か手伝ってくれますか」): no subject of the measure's own.
    private static readonly string[] TheCityDoingSomething = ["市では", "市は", "市で", "市が", "何か", "なにか", "なんか"];

    /// <summary>The two questions, each with the subject and the ending the pair shares; null when the question asks one thing.</summary>
    public static (string First, string Second)? Split(string question)
    {
        var normalized = TextNormalizer.Normalize(question);
        var match = Pair().Match(normalized);
        if (!match.Success)
        {
            return null;
        }

        var before = normalized[..match.Index];
        var after = normalized[(match.Index + match.Length)..];
        var first = match.Groups["a"].Value;
        var second = match.Groups["b"].Value;
        return ($"{before}{first}{after}", $"{before}{second}{after}");
    }

    /// <summary>
    /// The second noun of a pair asked without the words before the first (「デジタル格差解消の市民向け講座参加者数と職員研修
    /// 受講者数の目標は？」: the staff training is not the digital divide's), or null when nothing comes before the pair.
    /// </summary>
    public static (string Noun, string Question)? SecondWithoutLead(string question)
    {
        var normalized = TextNormalizer.Normalize(question);
        var match = Pair().Match(normalized);
        return match.Success && match.Index > 0 ? (match.Groups["b"].Value, $"{match.Groups["b"].Value}{normalized[(match.Index + match.Length)..]}") : null;
    }

    /// <summary>
    /// Two questions in one message (「トップは誰？デジタル推進官にはどの職が？」「委員長は誰？あと、リーダーはどう選ばれる？」
    /// 「トップは誰で、各部長は…」): each clause is asked on its own; null when the message asks one thing. A clause needs
    /// words of its own (a few kanji or katakana), so 「本当？大丈夫？」 or a greeting before the question is no pair.
    /// </summary>
    public static (string First, string Second)? Clauses(string question)
    {
        var whole = TextNormalizer.Normalize(question);
        var normalized = whole.TrimEnd('?', '。', ' ', '…', '.');
        var match = ClauseBreak().Match(normalized);
        if (!match.Success)
        {
            return null;
        }

        var first = normalized[..match.Index] + match.Groups["asked"].Value;
        var second = normalized[(match.Index + match.Length)..];
        if (match.Value.StartsWith('と') && second.LastIndexOf('、') is var shared and > 0)
        {
            // 「受講者数と、参加者数、それぞれ累計の目標は」: what follows the second noun phrase is asked of both.
            first += second[shared..];
        }

        // The second clause asks too: 「…変わるの？字を書くのが苦手で…」 tells the first one's reason.
        var asks = whole.EndsWith('?') || AsksAtTheEnd().IsMatch(second);
        // A short second clause asking with a question word of a noun of its own (「改訂はいつだった？」) is a question too.
        var secondWords = TextNormalizer.MeaningfulLength(second);
        var secondAsks = secondWords >= MinClauseWords || (secondWords >= MinShortClauseWords && ShortQuestion().IsMatch(second));
        // A second clause naming only what is asked (「…の成果目標と、年度ごとの目標値を確認したい」) asks it of the first's subject.
        return asks && TextNormalizer.MeaningfulLength(first) >= MinClauseWords && secondAsks && !TopicRouter.AsksOnlyAnAspect(second)
            ? (first, second)
            : null;
    }

    /// <summary>
    /// A fact checked, then what the city does about it (「スマホを持ってる人が全国より少ないって本当？なんか対策してるの？」)
    /// or whether it helps (「…少ないんですか？市は何か手伝ってくれますか？」): the second clause names no subject and asks
    /// only the city's measures, so it is asked of the first's. Null when the message is not of that form.
    /// </summary>
    public static (string Fact, string Measure)? MeasureOfTheFact(string question)
    {
        var normalized = TextNormalizer.Normalize(question).TrimEnd('?', '。', ' ', '…', '.');
        var breakAt = normalized.IndexOf('?', StringComparison.Ordinal);
        if (breakAt <= 0)
        {
            return null;
        }

        var fact = normalized[..breakAt];
        var measure = normalized[(breakAt + 1)..].Trim();
        return TextNormalizer.MeaningfulLength(fact) >= MinClauseWords
            && (TextNormalizer.ContainsAny(measure, RouterVocabulary.CityMeasureWords) || TextNormalizer.ContainsAny(measure, RouterVocabulary.HelpRequestWords))
            && !TextNormalizer.ContainsAny(measure, AskingWhoWhereWhen)
            && TextNormalizer.MeaningfulLength(TextNormalizer.Without(measure, [.. RouterVocabulary.CityMeasureWords, .. RouterVocabulary.HelpRequestWords, .. TheCityDoingSomething])) < MinShortClauseWords
            ? (fact, $"{fact}、{measure}")
            : null;
    }

    // A question mark inside the message, 「あと」「それと」「それから」 after a clause, a question word ended by 「で、」,
    // or a noun phrase ended by 「と、」 (a verb's 「行くと、」 is a condition, not a pair).
    [GeneratedRegex(@"\?\s*(あと|それと|それから|また)?、?\s*(?=\S)|[、。]\s*(あと|それと|それから)、?\s*|(?<asked>誰|だれ|何|なに|いつ|どこ|どれ|いくつ|いくら)で、|(?<=[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー])と、")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"(か|かな|の|教えて|教えてください|ください|知りたい|確認したい|教えてほしい)$")]
    private static partial Regex AsksAtTheEnd();

    // A noun of two or more kanji or katakana, then は or って and a question word: 「改訂はいつだった」「担当ってどこ」.
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{2,}(は|って)(いつ|どこ|誰|だれ|何|なに|いくら|いくつ)")]
    private static partial Regex ShortQuestion();

    // Two nouns joined by と (or や・および) in the question's topic: what follows them is a topic particle or の+slot,
    // or 「で、それぞれ」 (「確保と育成で、それぞれ中心になる役割は」).
    // A noun run starts after a particle or the start, so 「ひとり」「もっと」 are never a pair. The second noun may be
    // qualified (「職員研修と市民向けのデジタル格差解消講座、それぞれ…」), and each may carry its gloss in brackets
    // (「ビジョン（未来の姿）とバリュー（行動基準）は」).
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9])(?<a>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]{2,}(?:\([^()]{1,15}\))?)(と|や|および|及び)、?(?<b>(?:[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]{2,}(?:向けの|向け))?[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]{2,}(?:\([^()]{1,15}\))?)(?=(は|を|について|って|の(方法|内容|中身|仕組み|考え方|目標|実績|現状)|で、?それぞれ|、|,|\(|\?|$))")]
    private static partial Regex Pair();
}
