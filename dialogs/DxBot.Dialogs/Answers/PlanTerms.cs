using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// What residents describe in their own words and the plans name in theirs. A resident tired of the counter says
/// 「名前とか住所を何枚も書かされる」「ハンコいるの？」; the plans call the measure 「書かない窓口」「書かせない」, 「押印の見直し」.
/// Hand-written entries carry the residents' words in their keywords; a city known only from its imported plan has the
/// plan's terms alone, and the resident's words (住所, 名前, 申請書) find the national guides on addresses and forms.
/// Such a question is answered by the city's passage naming the plan's term, led by its sentence naming it.
/// </summary>
public static partial class PlanTerms
{
    // In order: the first the question describes and the plan names answers, so a particular one (giving the same
    // information once, which a resident tells as writing it again) comes before a general one.
    private static readonly (Regex Describes, Regex Except, Regex Names)[] Concepts =
    [
        // Giving the same information once (「一回出した情報はもう出さなくていい？」「同じこと何回も書かされる」): the
        // plans' ワンスオンリー, 「一度提出した情報は、二度提出することを不要とする」.
        (OnceOnly(), Nothing(), OnceOnlyMeasure()),
        // The city's internal approvals (「決裁ってまだ紙とハンコ？」) are its 電子決裁, not the residents' forms.
        (Approval(), Nothing(), ApprovalMeasure()),
        // Trying a device out (「すまほ さわってみる かい ありますか」「ためしにさわってみられる機会ってある？」): the plans'
        // hands-on sessions, 「モバイル端末操作体験会」「スマホ体験会」.
        (TryingADevice(), Nothing(), HandsOnMeasure()),
        // Writing at the counter (「何枚も書かされる」「住所を書くのしんどい」「書かなくてよくなる？」), not how a form is
        // filled in (「申請書の書き方」「どこに書くの？」), which the procedure's own guide answers.
        (FillingInForms(), HowToFillIn(), WritingMeasure()),
        // The seal on forms (「ハンコ要るの？」「いちいち押すのめんどい」), not the seal's registration certificate, a
        // procedure of its own.
        (Seal(), SealCertificate(), SealMeasure()),
    ];

    /// <summary>
    /// The city's imported passage naming the plan's term for what the question describes, the one covering the question
    /// best among them; null when the question describes none of them or the plan names none.
    /// </summary>
    public static KnowledgeEntry? Passage(IKnowledgeSearcher searcher, string question, string cityId, IEnumerable<KnowledgeEntry> entries)
    {
        var passages = entries.Where(e => e.CityId == cityId && ImportedPassage.IsImported(e)).ToList();
        foreach (var names in NamesFor(question))
        {
            var naming = passages
                .Where(e => AnswerComposer.Sentences(e.Body).Any(s => names.IsMatch(s) && !Enacted().IsMatch(s)))
                .OrderByDescending(e => searcher.Coverage(question, e, cityId))
                .ThenBy(e => e.Line)
                .FirstOrDefault();
            if (naming is not null)
            {
                return naming;
            }
        }

        return null;
    }

    /// <summary>The lead for the passage: its sentences answering the question, its sentence naming the plan's term first.</summary>
    public static IReadOnlyList<string> Lead(IKnowledgeSearcher searcher, string question, KnowledgeEntry passage)
    {
        var sentences = AnswerComposer.Sentences(passage.Body);
        // The term the passage was chosen for: the first the question describes that the passage names.
        var names = NamesFor(question).FirstOrDefault(n => sentences.Any(s => n.IsMatch(s) && !Enacted().IsMatch(s)));
        var lead = ExtractiveLead.For(searcher, question, passage);
        if (names is null)
        {
            return ExtractiveLead.WithWhatFollows(searcher, question, passage, lead);
        }

        if (!lead.Any(s => names.IsMatch(s)) && sentences.FirstOrDefault(s => names.IsMatch(s) && !Enacted().IsMatch(s)) is { } named)
        {
            lead = [named, .. lead.Where(s => s != named).Take(ExtractiveLead.MaxSentences - 1)];
        }

        return ExtractiveLead.WithWhatFollows(searcher, question, passage, [.. lead.Where(s => names.IsMatch(s)), .. lead.Where(s => !names.IsMatch(s))]);
    }

    private static List<Regex> NamesFor(string question)
    {
        var normalized = TextNormalizer.Normalize(question);
        return [.. Concepts.Where(c => c.Describes.IsMatch(normalized) && !c.Except.IsMatch(normalized)).Select(c => c.Names)];
    }

    [GeneratedRegex(@"(一回|一度|1回|1度|いっぺん|前に)(出した|提出した|書いた|伝えた)|何回も(出|提出)|何度も(出|提出)|二度と?(出|提出|書)")]
    private static partial Regex OnceOnly();

    [GeneratedRegex(@"ワンスオンリー|二度提出|再提出")]
    private static partial Regex OnceOnlyMeasure();

    // A device touched, tried or experienced (さわって, ためせる, 試しに, 体験), in kanji or kana, with the device named.
    [GeneratedRegex(@"^(?=.*(スマホ|すまほ|スマートフォン|タブレット|たぶれっと|携帯|けいたい))(?=.*(さわ|触|ためし|ためせ|試し|試せ|体験))")]
    private static partial Regex TryingADevice();

    [GeneratedRegex(@"体験会")]
    private static partial Regex HandsOnMeasure();

    [GeneratedRegex(@"決裁")]
    private static partial Regex Approval();

    [GeneratedRegex(@"電子決裁")]
    private static partial Regex ApprovalMeasure();

    // No exception.
    [GeneratedRegex(@"(?!)")]
    private static partial Regex Nothing();

    [GeneratedRegex(@"書かされ|書かせ|書くの|書くこと|書いたり|書かず|書かなく|書かない|書かん|記入|手書き|紙にたくさん書")]
    private static partial Regex FillingInForms();

    [GeneratedRegex(@"書き方|どこに書|何を書|なにを書")]
    private static partial Regex HowToFillIn();

    // The plans' measure: 「書かない窓口」「市民に「書かせない」」「申請書等の手書き負担を軽減」; not OCR reading 「手書きで記載された文字」.
    [GeneratedRegex(@"書かない|書かせない|手書き(の)?(負担|作成)")]
    private static partial Regex WritingMeasure();

    [GeneratedRegex(@"ハンコ|はんこ|判子|押印|捺印|印鑑(を押|が|は|って|も|いる|要る|いら|必要|不要)")]
    private static partial Regex Seal();

    [GeneratedRegex(@"印鑑登録|印鑑証明|印鑑の登録")]
    private static partial Regex SealCertificate();

    [GeneratedRegex(@"押印")]
    private static partial Regex SealMeasure();

    // A national law's account (「行政手続での押印義務の廃止…が施行され」) says what the nation enacted, not what the city
    // does; a glossary row (「・AI-OCR ／ …技術を指す。」) or a footnote defines a word.
    [GeneratedRegex(@"施行|法律|関連法|を指す|^※|^\*")]
    private static partial Regex Enacted();
}
