using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// What a question asks of its subject beyond its words, for picking the sentences of an imported passage: a plan's
/// passage on a measure describes the present state, the measures and the targets with the same words, and the one
/// sentence that answers is the one stating what is asked: where (「どこで見られる？」: the sentence naming the catalog,
/// the window, the site), or what the city will do (「これから増える？」「払えるようになる？」: the measures and targets,
/// not the 「現状と課題」 row that shares the subject's words), or where to learn (「スマホの使い方を教えてもらえる？」: the
/// sentence naming the course or the hands-on session, not the one describing who lacks the skills), or what is given
/// (「申請したら何かもらえる？」: the sentence naming the voucher or points, not the one on how to apply), or which days
/// (「土日に受け取れる？」: the sentence naming the weekend opening).
/// </summary>
public static partial class AskedAspect
{
    // As much as a figure's bonus: enough to decide among sentences about the subject, never to lift one about something else.
    public const double Bonus = 0.15;

    /// <summary>The bonus a sentence already about the question's subject gets for stating the aspect asked.</summary>
    public static double BonusFor(string question, string sentence)
    {
        var bonus = 0.0;
        if (AnswersWhere(question, sentence))
        {
            bonus += Bonus;
        }

        if (AsksWhatWillBe().IsMatch(question) && StatesMeasure().IsMatch(sentence) && !StatesPresent().IsMatch(sentence))
        {
            bonus += Bonus;
        }

        if (AsksToLearn().IsMatch(question) && StatesLearning().IsMatch(sentence))
        {
            bonus += Bonus;
        }

        if (AsksWhatIsGiven().IsMatch(question) && StatesWhatIsGiven().IsMatch(sentence))
        {
            bonus += Bonus;
        }

        if (AsksWhichDays().IsMatch(question) && StatesDays().IsMatch(sentence))
        {
            bonus += Bonus;
        }

        // How things stand now (「今どんな申請ができるの？」): the sentence the plan labels as the present state.
        if (ImportedPresentState.IsLabelledPresent(sentence) && ImportedPresentState.IsAsked(question))
        {
            bonus += Bonus;
        }

        return bonus;
    }

    /// <summary>Whether the question asks where to learn and the sentence names a course or session.</summary>
    public static bool AnswersWhereToLearn(string question, string sentence) =>
        AsksToLearn().IsMatch(question) && StatesLearning().IsMatch(sentence);

    /// <summary>
    /// Whether the question asks where and the sentence names a place or site. A table's overview row defines the subject
    /// (「オープンデータは、…公開されたデータである」): it says what, not where.
    /// </summary>
    public static bool AnswersWhere(string question, string sentence) =>
        AsksWhere().IsMatch(question) && StatesPlace().IsMatch(sentence) && !Overview().IsMatch(sentence);

    [GeneratedRegex(@"^・?\s*概要\s*／")]
    private static partial Regex Overview();

    [GeneratedRegex(@"教えて(くれ|もら)|教わ|習え|習い|習う|学べ|学び|使い方")]
    private static partial Regex AsksToLearn();

    [GeneratedRegex(@"講座|教室|講習|体験会|相談会|勉強会|研修会|出前|デジタル活用支援")]
    private static partial Regex StatesLearning();

    // 「申請したら何かもらえる？」「特典ってある？」: what the city gives, not how the card is applied for.
    [GeneratedRegex(@"(?<![てで])(もらえ|貰え)|特典|お得|得する|プレゼント|還元")]
    private static partial Regex AsksWhatIsGiven();

    [GeneratedRegex(@"贈る|贈呈|進呈|プレゼント|特典|ポイント|付与|商品券|振興券|給付|還元")]
    private static partial Regex StatesWhatIsGiven();

    // 「平日は仕事なので、土日に受け取れますか？」: the days the counter is open (「土・日曜日の開庁」), not the card's uses.
    [GeneratedRegex(@"土日|土曜|日曜|休日|週末|平日|夜間|夜")]
    private static partial Regex AsksWhichDays();

    [GeneratedRegex(@"土日|土曜|日曜|休日|夜間|延長|開庁")]
    private static partial Regex StatesDays();

    // 「どこまで増える？」 asks how far, not where.
    [GeneratedRegex(@"どこ(?!まで)|何処|場所|どちら")]
    private static partial Regex AsksWhere();

    [GeneratedRegex(@"カタログ|サイト|ホームページ|ウェブ|窓口|会場|公民館|センター|庁舎|支所|公開|掲載|で開催|で実施")]
    private static partial Regex StatesPlace();

    [GeneratedRegex(@"これから|今後|将来|予定|ように(なる|なり|なっ|して)|増え|増や|いつから|なくな|変わる|変え")]
    private static partial Regex AsksWhatWillBe();

    [GeneratedRegex(@"目標|目指|予定|導入|拡充|拡大|図る|図り|図ります|取り組|取組|実現|構築|整備|までに|します|する。|する$")]
    private static partial Regex StatesMeasure();

    // The plan's account of today (「・現状と課題 ／ …しているが」), which shares the measure's words but not what it will do.
    [GeneratedRegex(@"^・?\s*(現状と課題|現状|概要)\s*／|してきた|であるが|しているが|ていない")]
    private static partial Regex StatesPresent();
}
