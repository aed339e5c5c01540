using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// Some questions ask for a kind of fact (an amount, an opening time) that an entry either states or does not. An
/// entry about the right subject without that fact is no answer: 「児童手当はいくら？」 answered with the 児童手当
/// procedure's online status would be a guess, so such entries are not counted as confident.
/// </summary>
public static partial class AnswerKind
{
    // Before Kinds, which uses them: static fields are initialised in order.
    private static readonly string[] PaymentServiceWords =
        ["paypay", "ペイペイ", "d払い", "楽天ペイ", "aupay", "au pay", "メルペイ", "linepay", "line pay", "ラインペイ", "ゆうちょpay", "applepay", "apple pay",
            "決済アプリ", "支払いアプリ", "払いアプリ", "どのアプリ", "どのqr", "どこのqr", "どの決済", "どこの決済", "どんな決済", "どの電子マネー", "どんな電子マネー"];

    private const string CapacityMissing = "定員";

    private const string OutOfHoursMissing = "利用できる時間帯";

    private const string DaysOffMissing = "利用できる曜日";

    private static readonly string[] OutOfHoursWords = ["夜中", "夜でも", "夜とか", "夜も", "夜や", "夜間でも", "夜間も", "夜間や", "深夜", "24時間"];

    private static readonly string[] DaysOffWords =
        ["土日でも", "土日とか", "土日も", "土日や", "土曜も", "日曜も", "土曜日も", "日曜日も", "土曜でも", "日曜でも", "土曜日でも", "日曜日でも", "土曜日に受け取", "日曜日に受け取", "土曜に受け取", "日曜に受け取", "休日でも", "休日も", "休みの日でも", "休みの日も", "祝日も", "祝日でも", "年末年始"];

    private const string CountMissing = "回数・人数などの数値";

    private const string IdMissing = "ID";

    private const string PasswordMissing = "パスワード";

    private static readonly string[] SinceWords = ["いつから", "いつごろから", "いつ頃から", "開始日", "開始時期", "いつ始ま"];

    // 「何日に来ますか」「何月何日？」 ask a date as much as 「次はいつ」 does (「何日かかる」 asks a duration, and is not here);
    // so does 「来月はいつどこで？」 of a session.
    private static readonly string[] NextDateWords = ["次はいつ", "次回はいつ", "次いつ", "次回いつ", "日にちを教え", "日にちも教え", "日にち教え", "日付を教え", "日付も教え", "日付教え", "次回の日", "次回の開催", "今度はいつ", "次の日程", "次の開催", "何日に", "何月何日", "なんにちに", "来月はいつ", "来月のいつ", "今月はいつ", "今月は何日", "来月は何日", "今月の何日", "来月の何日", "日は何日", "いつある", "いつあり", "のは何日", "は何日です", "は何日?"];

    // Periods no plan's figures are of: a plan is written years before.
    private static readonly string[] PresentPeriods = ["今日", "本日", "きょう", "今週", "今月", "昨日", "きのう", "先週", "先月"];

    // The kinds of fact the questions of the moment ask (see Asked).
    private static readonly TextMemo<string, (string[] Asks, Func<string, string, bool> Answers, string Missing)[]> KindsAsked = new(4096);

    // Each kind: the words that ask for it, whether an entry's text (second) states it for the question (first), and
    // what the answer says is not stated when the entry about the subject does not.

    private static readonly (string[] Asks, Func<string, string, bool> Answers, string Missing)[] Kinds =
    [
        // The amount must be for something the question names: the card's fee does not answer 「市民プールの料金は？」.
        (["いくら", "なんぼ", "金額", "何円", "参加費", "利用料", "料金は?", "料金を教え", "料金はどのくらい", "料金はどれくらい",
            "手数料はかか", "手数料かか", "手数料がかか", "お金はかか", "お金かか", "お金がかか", "費用はかか", "費用かか",
            "受講料", "参加料", "料はかか", "料かか", "料がかか", "料は必要", "料が必要", "料は無料", "有料", "無料ですか", "無料でしょうか", "ただですか", "タダですか"], (question, text) => AmountContext(text) is { Length: > 0 } stating && NamesTheSubject(question, stating) && NamesWhatIsPriced(question, stating), "金額"),

        // How much cheaper something is (「コンビニ交付だと手数料はいくら安くなる？」): a discount or a difference stated, not
        // a fee of something else named beside it (the certificate's renewal, free of charge).
        (["いくら安", "どれくらい安", "どのくらい安", "いくらお得", "何円安", "割引"], (_, text) => Discount().IsMatch(text), "割引の額"),

        // A phone number, a web address, a tax rate or the card brands accepted: the entry must give one, not describe
        // the office, the booking service or the tax it names (「代表電話番号を教えて」「予約サイトのURLは？」「国保税の税率は？」).
        (["電話番号", "番号を教えて", "代表電話", "電話したいんだけど、番号", "電話したいのですが、番号", "電話は何番", "何番に電話", "何番にかけ",
            "ファクス番号", "ファックス番号", "fax番号", "番号教えて"], CallsWhatIsAsked, "電話番号"),
        (["url", "ホームページのアドレス", "サイトのアドレス", "リンクを教えて"], (_, text) => WebAddress().IsMatch(text), "URL"),
        // An account's ID, its QR code or a password (「LINE公式アカウントのIDを教えて」「IDかQRコードを教えて」「Wi-Fiの
        // パスワードは？」): an entry on the account or the network does not give one unless it writes it, nor does the
        // card's application form, whose QR code is the resident's own.
        (["idを教え", "id教え", "のidは", "idは何", "idって何", "idかqr", "idやqr", "idとqr", "qrコードを教え", "qrコード教え"], (_, text) => AccountId().IsMatch(text), IdMissing),
        (["パスワードを教え", "パスワード教え", "パスワードは?", "パスワードは何"], (_, text) => AccountId().IsMatch(text), PasswordMissing),
        (["税率", "料率"], (_, text) => TaxRate().IsMatch(text), "税率"),
        (["ブランド"], (_, text) => CardBrand().IsMatch(text), "使えるカードの種類"),

        // A payment service by name (「PayPayで払える？」「どのQRコード決済アプリが使えますか？」): an entry on cashless
        // payment in general does not say which services are taken; only one naming the service asked (or, asked
        // which, naming any) answers.
        (PaymentServiceWords, PaysWithWhatIsAsked, "使える決済サービスの名前"),
        // 「何時間削減できた？」 asks hours, which 「2,324時間」 states; 「何時から何時まで？」「休日受付の日と時間」 a clock
        // time, which 「24時間」 is not.
        (["何時", "開庁時間", "営業時間", "受付時間", "日と時間", "日にちと時間", "曜日と時間", "開いてる?", "開いてるの", "開いてるか", "開いてる時間は", "開いている時間は", "開いてますか", "開いていますか", "あいてますか", "あいていますか", "あいてるの", "あいてる?", "閉まる"],
            (question, text) => ClockTime().IsMatch(text) || (question.Contains("何時間", StringComparison.Ordinal) && Hours().IsMatch(text)), "時刻"),

        // A count, a share, an age or points (「年に何回」「今何％」「何歳まで」「何ポイントもらえる」): only an entry stating a figure of that kind
        // answers; the plan's other figures are neighbouring facts, not the answer.
        (["何回", "何人", "何%", "何パーセント", "何割", "何枚", "何か所", "何箇所", "何歳", "何ポイント",
            "率は今どのくらい", "率は今どれくらい", "率はどのくらい", "率はどれくらい", "率ってどのくらい", "率ってどれくらい", "率って今どのくらい", "率は現在どのくらい"],
            CountsInTheAskedUnit, CountMissing),

        // How many a class or session takes (「1回の定員は何人？」): a capacity, not the plan's target of participants.
        (["定員", "何人まで参加", "何名まで", "何人まで受け", "何人まで申し込"], (_, text) => Capacity().IsMatch(text), CapacityMissing),

        // How many people use or hold something (「LINEって今どれくらいの人が登録してるの？」「コンビニで取ってる人って
        // どのくらいいるの？」: いる counts people): a number of people or a share.
        (["どのくらいの人", "どれくらいの人", "どれぐらいの人", "どのぐらいの人", "人ってどのくらい", "人ってどれくらい", "人ってどのぐらい", "人ってどれぐらい",
            "人はどのくらい", "人はどれくらい", "人はどのぐらい", "人はどれぐらい", "人がどのくらい", "人がどれくらい",
            "どのくらいいる", "どれくらいいる", "どのぐらいいる", "どれぐらいいる", "どのくらいいま", "どれくらいいま"], (_, text) => FollowUpSlots.Named("share")!.IsStatedIn(text), "人数・割合"),

        // A target figure (「登録者の目標は？」「目標値は？」): an entry describing the measure without its number does
        // not answer; the plan's figure, or the plain statement that it gives none, does.
        // How many things a target reaches (「最終的にいくつまで増やす予定？」「オンライン化するのは何件？」): a number of
        // them (25手続, 20業務), as the count follow-up (「いくつくらい？」) wants it.
        // A counter asked (「何件公開」) wants a number of those: 「3つの条件」 or 「14の施策」 count other things.
        (["いくつまで", "いくつに増や", "いくつの", "いくつある", "いくつあり", "いくつくらい", "いくつぐらい", "何個", "何手続", "何件", "何店舗", "何軒"], (question, text) => FollowUpSlots.Named("count")!.IsStatedIn(text) && CountsWhatIsAsked(question, text), "件数"),

        // Asked where or by whom the targets are set, the figure is not what is wanted.
        (["目標値", "目標数", "数値目標", "目標人数", "者の目標", "率の目標", "数の目標", "時間の目標", "数の成果目標", "率の成果目標", "者の成果目標"],
            (question, text) => OtherQuestion().IsMatch(question) || Figure().IsMatch(text), "目標値"),

        // Today's or the baseline figure (「実施率の現状値は？」): a target's figure is not it.
        (["現状値", "現在値", "基準値", "現状は何", "現在は何"], (_, text) => Baseline().IsMatch(text), "現状値"),

        // Whether something can be done at night or at the weekend (「夜中とかでもいいの？」): an entry about the service
        // that says nothing of when it can be used does not answer it.
        (OutOfHoursWords, (_, text) => FollowUpSlots.Named("hours")!.IsStatedIn(text), OutOfHoursMissing),
        (DaysOffWords, (_, text) => FollowUpSlots.Named("days")!.IsStatedIn(text), DaysOffMissing),

        // How far something will go (「どこまで増えるの？」「どのくらいまで減る見込み？」): a figure, of things or a share; how
        // far the city means to raise it (「どこまで増やすつもり？」) a target's, as today's rate (「交付率は52.2%でした」)
        // says where it is, not how far it is to go.
        // A share may be set in words (「長崎県平均を上回る」), as the share follow-up reads it.
        (["どこまで増", "どれくらいまで", "どのくらいまで", "どれぐらいまで", "どのぐらいまで"],
            (question, text) => (Figure().IsMatch(text) || FollowUpSlots.Named("share")!.IsStatedIn(text)) && (!Raising().IsMatch(question) || text.Contains("目標", StringComparison.Ordinal)), "目標値"),

        // Where something can be used (「キャッシュレス決済が使える施設はどこ？」「Wi-Fiが使える場所は？」): a place or
        // counter named, not the measure described without saying where.
        (["使える施設", "使える場所", "使えるところ", "使えるお店", "使える店", "どこで使え", "どの施設で", "どこの施設で", "施設はどこ", "使える窓口", "払える窓口", "払える場所", "払えるところ", "払える施設"],
            (_, text) => Venue().IsMatch(text) || UsablePlace().IsMatch(text), "使える場所"),

        // How two things differ (「マイナンバーとマイナンバーカードの違いは？」): an entry about one of them that draws no
        // difference does not answer it.
        (["違いは", "違いって", "違いを", "違いが", "何が違", "なにが違", "どう違", "どこが違", "どこがちが", "なにがちが", "どうちが", "ちがいは"],
            (_, text) => Difference().IsMatch(text), "違い"),

        // Which day of the week (「休日に受け取れるのは何曜日？」): a day named, not a mention of 休日窓口 as a kind of measure.
        (["何曜", "なんようび", "どの曜日", "どこの曜日"], (_, text) => Weekday().IsMatch(text), "曜日"),

        // Until which year (「計画は何年までですか」): an entry saying when something runs to, not one that merely names a
        // year (the plan's purpose, which recalls a plan of 2007).
        (["何年まで", "何年度まで", "何年間", "なんねんまで", "いつまでに", "いつごろまでに", "いつ頃までに", "計画はいつまで", "計画っていつまで", "方針はいつまで", "方針っていつまで", "年までの計画", "年度までの計画", "年までの方針", "年度までの方針", "まだ続いて", "になっても続", "になってもまだ"], (_, text) => Until().IsMatch(text), "期間"),

        // The month something starts (「何年何月から払えるの？」): a year alone is not what is asked.
        (["何年何月から", "何月から", "何月頃から", "何月ごろから", "何月に始ま", "何月スタート"], (_, text) => StartMonth().IsMatch(text), "開始の年月"),

        // How long before to apply (「何日前までに申し込めばいい？」): a lead time or a closing date, not the service described.
        (["何日前", "何週間前", "何か月前", "何ヶ月前", "何カ月前"], (_, text) => LeadTime().IsMatch(text) || ClosingDate().IsMatch(text), "申し込みの期限"),

        // Since when (「いつからできるようになりますか」): an entry saying why it cannot be done yet gives no start, and a
        // summary's year of another measure is none of the 書かないワンストップ窓口 asked about: the sentence giving the
        // time must name what is asked, as an amount must.
        // Of a follow-up read with the question before it, the sentence asking since when says what is asked.
        // Words the entry never uses (「いつからいつまでの集計？」) are the question's own phrasing, not its subject.
        // A year alone is not a start: 「令和7年度の定着へと進む」 is where the measure goes, while 「2020年5月（令和2年5月）から」
        // says since when it is done.
        (SinceWords, (question, text) => Stating(FollowUpSlots.WithoutDocumentDates(text), StartStated()) is { Length: > 0 } stating
            && NamesTheSubject(SentenceAsking(question, SinceWords), stating, text), "開始の時期"),

        // A rank (「県で何番目？」): an entry giving the rate but not the rank does not answer it.
        (["何番目", "何位", "順位", "なんい", "何番"], (_, text) => Rank().IsMatch(text), "順位"),

        // The result of a named year (「令和6年度の実績は？」): an entry giving other years' figures (the baseline, the
        // target) does not answer it.
        (["実績", "結果", "達成状況", "でしたか", "どうだった", "どうなった"], FiscalYear.EachNamedIn, "その年度の実績"),

        // An application's closing date (「入園申込みの締め切りは？」): a target year is not one.
        (["締め切り", "締切", "しめきり"], (_, text) => ClosingDate().IsMatch(text), "締め切り"),

        // What is needed (「コンビニで証明書もらうには何が必要？」): an entry naming the service but not what to bring or have
        // (the card and its PIN) does not answer it; nor does one saying only that the card is used for it.
        (["何が必要", "なにが必要", "何がいる", "なにがいる", "必要なもの", "必要な物", "持ち物", "何を持って", "なにを持って"], (_, text) => Needed().IsMatch(text), "必要なもの"),

        // The next date of something (「次はいつですか」): a date, not the description of what is held.
        // A date on a source line (「（出典）第13回専門小委員会（2023年（令和5年）4月11日）」) is the source's, not one of anything held.
        // The date must be in a sentence naming what is asked of (「ICT講座の次の日程」): a plan's 「令和2年12月25日に…が閣議
        //決定され」 is a date, of something else.
        (NextDateWords, (question, text) => Stating(SourceLine().Replace(text, ""), Date()) is { Length: > 0 } stating && NamesTheSubject(ScheduleWords().Replace(question, " "), stating), "次回の日程"),

        // Where a session is held (「会場はどこの公民館？」): a hall named in a sentence naming what is held, not a passage
        // on the course that names no place.
        // Which hall a visiting service comes to next (「出張申請は次はどこの公民館に来ますか」) is asked the same way.
        (["会場はどこ", "会場を教え", "次はどこ", "次回はどこ", "今度はどこ", "会場も教え", "会場と日", "どこの公民館", "どこの会場", "どの公民館", "どの会場", "どこの集会所", "どの集会所"],
            (question, text) => Stating(text, Venue()) is { Length: > 0 } stating && NamesTheSubject(ScheduleWords().Replace(question, " "), stating), "会場"),

        // Who holds a post (「本部長は誰？」「トップは誰？」): an entry describing the body without naming the post's holder
        // does not answer it.
        (["長は誰", "長はだれ", "トップは誰", "トップはだれ", "責任者は誰", "責任者はだれ", "誰がトップ", "だれがトップ", "誰が一番上", "だれが一番上",
            "一番上は誰", "誰が仕切", "だれが仕切", "誰が責任者", "だれが責任者"], (_, text) => PostHolder().IsMatch(text), "担当する役職・人"),

        // Which office does it (「書かない窓口はどの課でやってますか」): an entry describing the service without naming a
        // 課 or counter does not say where to go.
        (["どの課", "どこの課", "何課", "担当課", "担当の課", "どの部署", "どこの部署", "担当部署", "どこの窓口", "どの窓口"], (_, text) => Office().IsMatch(text), "担当する課・窓口"),

        // Paying by some means (「スマホで支払いできるようになる？」): an entry on applying from a phone says nothing of paying.
        (["で支払", "で払え", "で払い", "で払う", "で払っ", "で決済"], (_, text) => Paying().IsMatch(text), "支払い方法"),

        // An app by its name, or how to install it (「欠席連絡に使うアプリの名前とダウンロードのしかた」): an entry saying the
        // contact will go online names neither.
        (["アプリの名前", "アプリ名", "なんていうアプリ", "何というアプリ", "何ていうアプリ", "なんというアプリ"], (_, text) => AppName().IsMatch(text), "アプリの名前"),
        (["ダウンロードのしかた", "ダウンロードの仕方", "ダウンロード方法", "ダウンロードする方法", "インストールのしかた", "インストールの仕方", "インストール方法"],
            (_, text) => Installing().IsMatch(text), "ダウンロードの方法"),

        // Whether a slot is free or a counter busy today is in no plan or guide.
        (RouterVocabulary.LiveStateWords, (_, _) => false, "現在の状況"),
    ];

    // Every kind's words by their first character, with the kind they ask for: a question is read for all the kinds at
    // once in one pass over it (a word is in the text when it starts at one of the text's characters), where a Contains
    // per word was some six hundred scans of it. A kind with an empty word is asked by every text, as Contains says.
    private static readonly Dictionary<char, (int Kind, string Word)[]> KindWordsByFirst = Kinds
        .SelectMany((k, i) => k.Asks.Where(w => w.Length > 0).Select(w => (Kind: i, Word: w)))
        .GroupBy(w => w.Word[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    /// <summary>Each kind's words, in the order of <see cref="KindsNamedIn"/>'s answer (for the tests).</summary>
    internal static IReadOnlyList<string[]> KindWords => [.. Kinds.Select(k => k.Asks)];

    private static readonly bool[] KindsWithAnEmptyWord = [.. Kinds.Select(k => k.Asks.Any(w => w.Length == 0))];

    /// <summary>For each of <see cref="Kinds"/>, whether the text holds one of its words (ordinal).</summary>
    internal static bool[] KindsNamedIn(string text)
    {
        var named = (bool[])KindsWithAnEmptyWord.Clone();
        for (var i = 0; i < text.Length; i++)
        {
            if (KindWordsByFirst.TryGetValue(text[i], out var words))
            {
                var rest = text.AsSpan(i);
                foreach (var (kind, word) in words)
                {
                    if (!named[kind] && rest.StartsWith(word, StringComparison.Ordinal))
                    {
                        named[kind] = true;
                    }
                }
            }
        }

        return named;
    }

    /// <summary>
    /// True when the question asks for a fact other than the next date: support sessions have their dates from the
    /// administrators, not from the plans, so their dialog answers that one.
    /// </summary>
    public static bool AsksForAFactBesidesTheNextDate(string question)
    {
        var normalized = TextNormalizer.Normalize(question);
        return Asked(normalized).Any(k => k.Asks != NextDateWords);
    }

    /// <summary>True when the question asks for such a fact, so only an entry stating one may answer it.</summary>
    public static bool AsksForAFact(string question)
    {
        var normalized = TextNormalizer.Normalize(question);
        return Asked(normalized).Any();
    }

    /// <summary>
    /// True when all the question asks is whether something is open at night or at the weekend (「土日も受け取れますか」
    /// 「平日の夜や土日も対応してもらえますか」): of a step of the card, its dialog says so or that no guide states it.
    /// </summary>
    public static bool AsksOnlyWhenOpen(string question)
    {
        var asked = Asked(TextNormalizer.Normalize(question));
        return asked.Length > 0 && asked.All(k => k.Missing is OutOfHoursMissing or DaysOffMissing);
    }

    public static bool Answers(string question, KnowledgeEntry entry)
    {
        var normalized = TextNormalizer.Normalize(question);
        var text = AnswerLead.Normalized(entry);
        var asked = Asked(normalized).ToList();
        // A definition states no count, date, amount or holder of the city's: 「オープンデータは何件公開してる？」 is not
        // answered by what オープンデータ means, though the definition's 「3つの条件」 is a count.
        return GlossaryEntry.IsNamedBy(normalized, entry) && (asked.Count == 0 || !GlossaryEntry.Is(entry)) && asked.All(k => k.Answers(normalized, text))
            && (!IsIndicatorRow(entry) || AsksFigureOrTarget().IsMatch(normalized))
            && !AmountOfSomethingElse(normalized, entry, text);
    }

    /// <summary>
    /// Whether the question asks a figure, a target or how far something goes (「交付率は？」「いつまでに何％？」「どこまで
    /// 増やす？」), which an entry titled by the plan's target answers; 「市内のコンビニでしか使えませんか」 asks none.
    /// </summary>
    public static bool AsksAFigureOrTarget(string question) => AsksFigureOrTarget().IsMatch(TextNormalizer.Normalize(question));

    /// <summary>
    /// The first of the entry's sentences that states every fact the question asks (the clock time of 「何時から何時まで
    /// 使える？」), when its opening sentence does not: that one answers, the opening only describes the service. Null
    /// when nothing particular is asked, the opening states it already, or no one sentence does.
    /// </summary>
    public static int? SentenceStating(string question, IReadOnlyList<string> normalizedSentences)
    {
        var normalized = TextNormalizer.Normalize(question);
        var asked = Asked(normalized);
        for (var i = 0; asked.Length > 0 && i < normalizedSentences.Count; i++)
        {
            if (asked.All(k => k.Answers(normalized, normalizedSentences[i])))
            {
                return i == 0 ? null : i;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an imported passage's amounts are all of something other than what the question asks the amount of: a
    /// plan's passage is a whole measure under a title naming the measure (「マイナンバーカードの普及促進」), so one sentence's
    /// 「無料写真撮影」 is no amount of the 地域振興券 three sentences later (「地域振興券って何円分？」). The thing asked is the
    /// question's last word before it asks the amount; a sentence stating an amount must name it.
    /// </summary>
    private static bool AmountOfSomethingElse(string normalized, KnowledgeEntry entry, string text)
    {
        if (!ImportedPassage.IsImported(entry) || AmountAsked(normalized) is not { } asked)
        {
            return false;
        }

        var named = Subject(normalized[..asked]);
        return named.Count > 0 && text.Contains(named[^1], StringComparison.Ordinal)
            && !Sentence().Matches(text).Any(s => Amount().IsMatch(s.Value) && s.Value.Contains(named[^1], StringComparison.Ordinal));
    }

    /// <summary>Where the question first asks an amount, if it does.</summary>
    private static int? AmountAsked(string normalized) =>
        Kinds[0].Asks.Select(w => normalized.IndexOf(w, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min() is var at and >= 0 ? at : null;

    /// <summary>
    /// An imported plan's indicator alone (「・コンビニ交付率：現状値 18.2%(R4.1末時点)、目標値(R7年度) 43.6%。」, a row of its
    /// table of targets imported as a section of its own) states its figures and nothing else: it answers how many, how
    /// far or by when, not 「コンビニ交付は市内でしか使えない？」 or 「RPAをどんな業務に使ってきた？」, which its name shares.
    /// </summary>
    private static bool IsIndicatorRow(KnowledgeEntry entry) =>
        ImportedPassage.IsImported(entry) && entry.Body.Trim() is var body && !body.Contains('\n', StringComparison.Ordinal) && IndicatorRow().IsMatch(body);

    [GeneratedRegex(@"^・[^：]+：(現状値|目標値)")]
    private static partial Regex IndicatorRow();

    [GeneratedRegex(@"何(人|%|％|割|件|個|回|年|時間|項目|手続|パーセント|位)|いくつ|いつ|どれくらい|どのくらい|どれぐらい|どのぐらい|どんくらい|どこまで|なんにん|なんぱーせんと|目標|目指|数値|数字|件数|人数|割合|率|年度|増や|増え|どんだけ|[0-9]")]
    private static partial Regex AsksFigureOrTarget();

    /// <summary>
    /// What the question asks that the entry does not state (「金額」「次回の日程」), as residents are told it is missing;
    /// null when the entry states all the question asks, or is not about what it is asked of.
    /// </summary>
    public static string? MissingFrom(string question, KnowledgeEntry entry)
    {
        var normalized = TextNormalizer.Normalize(question);
        var text = AnswerLead.Normalized(entry);
        // Every fact missing is named (「定員と金額」): naming one would let the resident think the other is stated.
        // A capacity asked 「何人」 is said once, as the capacity.
        var missing = Asked(normalized).Where(k => !k.Answers(normalized, text)).Select(k => k.Missing).Distinct().ToList();
        if (missing.Contains(CapacityMissing))
        {
            missing.Remove(CountMissing);
        }

        // An account's ID or a password is asked of one thing (the Wi-Fi of the city hall's lobby), which the entry must
        // name to be said to lack it: the card's PIN entry shares only パスワード. Other facts are asked of the subject
        // the entry was found for (a course's next date of the plan's course passage, in other words).
        if ((missing.Contains(IdMissing) || missing.Contains(PasswordMissing))
            && !NamesTheSubject(normalized, TextNormalizer.Normalize(string.Join("\n", [text, .. entry.Keywords]))))
        {
            return null;
        }

        return missing.Count > 0 ? string.Join("と", missing) : AmountOfSomethingElse(normalized, entry, text) ? Kinds[0].Missing : null;
    }

    /// <summary>
    /// Whether the entry names one of the question's words besides those asking for the fact: what the fee or the phone number is for
    /// (住民票, プール). A city's name says nothing of that; a question naming nothing else is about whatever was asked.
    /// </summary>
    private static bool NamesTheSubject(string question, string text) => NamesTheSubject(question, text, null);

    /// <param name="entry">When given, only the subject's words the entry holds somewhere must be in <paramref name="text"/>.</param>
    private static bool NamesTheSubject(string question, string text, string? entry)
    {
        var named = Subject(question).Where(w => entry is null || TextNormalizer.Names(entry, w)).ToList();
        // 「計画期間」 is named by 「計画の期間」 too.
        return named.Count == 0 || named.Any(w => TextNormalizer.Names(text, w));
    }

    /// <summary>
    /// Whether the amounts are for the thing the question prices by name (「住民票1通の手数料」「コンビニ交付の手数料」): the
    /// card's own fee (「初めての交付は無料」) shares 交付 with the question but prices another thing.
    /// </summary>
    private static bool NamesWhatIsPriced(string question, string stating) =>
        Priced().Match(question) is not { Success: true } priced
        || Reissue(stating).Contains(Reissue(priced.Groups["thing"].Value), StringComparison.Ordinal);

    // 再発行 and 再交付 are one thing (the plans and the card's guide write 再交付).
    private static string Reissue(string text) => text.Replace("再発行", "再交付", StringComparison.Ordinal);

    /// <summary>The question's sentence holding one of the words, or the whole question.</summary>
    private static string SentenceAsking(string question, string[] words) =>
        AskedSentence().Matches(question).Select(m => m.Value).FirstOrDefault(s => words.Any(w => s.Contains(w, StringComparison.Ordinal))) ?? question;

    private static List<string> Subject(string question) =>
        ContentWord().Matches(FactWords().Replace(question, " "))
            .Select(m => m.Value)
            .Where(w => !w.EndsWith('市'))
            .ToList();

    // The words asking a number to call or to send to.
    private static readonly string[] NumberWords = ["番号", "何番", "電話", "ファクス", "ファックス", "fax"];

    private static readonly string[] CityHallWords = ["市役所", "役所", "役場", "市庁舎", "庁舎"];

    /// <summary>
    /// Whether a phone number the entry gives is for what the question names, or, where it names nothing but the city
    /// (「半田市の電話番号は？」), for one of the city's offices: the national card hotline is no number of the city's.
    /// </summary>
    private static bool CallsWhatIsAsked(string question, string text)
    {
        var calling = Stating(text, PhoneNumber());
        // What the sentence asking the number names: 「担当の部署はどこですか？」 before 「FAX番号とメールアドレスも」 was
        // answered already.
        question = SentenceAsking(question, NumberWords);
        // Nor what the resident says they lack or do not use (「パソコンもスマホもないもんで」「メールもスマホもやらんで」).
        // Nor the means of calling (ファックス where the entry writes FAX), nor the city hall, which every office of the city
        // is in (「ファックスで市役所のデジタルのことを問い合わせしたい」): the number is asked of the subject.
        var subject = Subject(TextNormalizer.Without(Listed().Replace(question, "、"), NumberWords)).Where(w => !CityHallWords.Contains(w)).ToList();
        // Every thing the question names must be in the entry: the card hotline's entry names the card, not the visiting
        // application service asked about (「出張申請を頼むときの電話番号」). An office named is what is called, whatever else
        // the resident tells (「メールもスマホもやらんで、ファクスでデジタル推進室に問い合わせたい」「推進室に書類を送りたい」).
        return calling.Length > 0
            && (subject.Count == 0 ? Office().IsMatch(calling)
                : (Office().Match(question) is { Success: true } office && calling.Contains(office.Value, StringComparison.Ordinal))
                    || (NamesTheSubject(question, calling) && subject.All(w => text.Contains(w, StringComparison.Ordinal))));
    }

    /// <summary>
    /// The entry's title with its sentences stating an amount, or empty when none does: the amount answers for the thing
    /// its own sentence or the entry names. 「手数料はかかりません」 said of the certificate's renewal is no fee for a
    /// 住民票 at a convenience store, though the entry mentions コンビニ交付 elsewhere.
    /// </summary>
    private static string AmountContext(string text) => Stating(text, Amount());

    /// <summary>The entry's title with its sentences matching the fact, or empty when none does.</summary>
    private static string Stating(string text, Regex fact)
    {
        // The first sentence carries the title (folding joins it to the body's first): what the entry is about.
        var sentences = Sentence().Matches(text).Select(m => m.Value).ToList();
        var stating = sentences.Where(s => fact.IsMatch(s)).ToList();
        return stating.Count == 0 ? "" : sentences[0] + "\n" + string.Join("\n", stating);
    }

    /// <summary>
    /// Whether the entry answers for the payment service asked. Asked which (「どのQRコード決済アプリが使えますか？」), it
    /// must name one; a service named (「PayPayで払える？」) is answered by the entry naming it or its kind (QRコード決済,
    /// paying from a phone), as the plans speak of kinds, not by cashless payment in general (cards, e-money); a service
    /// given as an example (「PayPayみたいなQRコード決済」「PayPayとか使えるようになる？」) asks about paying that way,
    /// which the entry on it answers.
    /// </summary>
    private static bool PaysWithWhatIsAsked(string question, string text)
    {
        if (WhichPaymentService().IsMatch(question))
        {
            return PaymentService().IsMatch(text);
        }

        if (PaymentServiceAsExample().IsMatch(question))
        {
            return true;
        }

        var named = PaymentService().Matches(question).Select(m => m.Value.Replace(" ", "", StringComparison.Ordinal)).ToList();
        var stated = PaymentService().Matches(text).Select(m => m.Value.Replace(" ", "", StringComparison.Ordinal)).ToList();
        return named.Any(stated.Contains) || CodeOrPhonePayment().IsMatch(text);
    }

    /// <summary>
    /// A figure in the unit asked: 「何人」 wants people, not the 100% a target states; 「何％」 wants a share, and so does a
    /// rate asked how far (「率はどのくらい」). A question naming no unit otherwise takes any count.
    /// </summary>
    private static bool CountsInTheAskedUnit(string question, string text)
    {
        // What the number is of (「職員数は何人」): a figure in a sentence naming it, not a shortage of デジタル人材.
        if (CountedThing().Match(question) is { Success: true } thing
            && !Sentence().Matches(text).Any(s => Count().IsMatch(s.Value) && s.Value.Contains(thing.Groups["thing"].Value, StringComparison.Ordinal)))
        {
            return false;
        }

        return AskedCountUnit().Match(question) is { Success: true } asked
            ? Count().Matches(text).Any(m => SameCountUnit(m.Groups[2].Value, asked.Groups[1].Value))
            // A rate asked how far (「交付率は今どのくらい？」) is a share: 「10回目の誕生日」 is a count of something else.
            : RateAsked().IsMatch(question) ? Count().Matches(text).Any(m => SameCountUnit(m.Groups[2].Value, "%")) : Count().IsMatch(text);
    }

    private static bool SameCountUnit(string stated, string asked) => asked switch
    {
        "%" or "パーセント" or "割" => stated is "%" or "パーセント" or "割",
        "か所" or "箇所" => stated is "か所" or "箇所",
        _ => stated == asked,
    };

    // A count the question gives itself (「31手続のうち何手続？」) is what the asked one is part of, not the answer.
    private static bool CountsWhatIsAsked(string question, string text) =>
        CounterAsked().Match(question) is not { Success: true } asked
        || Counted().Matches(text).Any(m => SameCounter(m.Groups[1].Value, asked.Groups[1].Value) && !question.Contains(m.Value, StringComparison.Ordinal));

    // 「何件」 of procedures is answered in 手続 (「25手続」), and the other way round.
    private static bool SameCounter(string stated, string asked) =>
        stated == asked || (stated is "件" or "手続" && asked is "件" or "手続");

    /// <summary>
    /// The kinds of fact the question asks for. 「待ち時間」 in 「待ち時間長いのなんとかなる予定ある？」 asks about the plan,
    /// not today's queue: a question about what the city intends is never a live-state question.
    /// </summary>
    private static (string[] Asks, Func<string, string, bool> Answers, string Missing)[] Asked(string normalized) =>
        // A turn weighs every candidate entry against the same question, and residents ask the same questions again:
        // the kinds a question asks are kept for the questions of the moment (they depend on its text only).
        KindsAsked.Get(normalized, normalized.Length, 0, static (normalized, _) => ReadAsked(normalized));

    private static (string[] Asks, Func<string, string, bool> Answers, string Missing)[] ReadAsked(string normalized)
    {
        // 「何回も書かなくて」 is "again and again", not a count asked for, and 「暇もないくらい」 holds no いくら. A message typed in kana with spaces between
        // words (「なんねん まで」, read 「何年 まで」) asks the same as without them. A long message asks in its questions:
        // 「どの窓口でも名前を書かされました。」 tells the story, it does not ask which counter.
        var asking = normalized.Length >= LongMessage.MinLength ? LongMessage.AskingPart(normalized) : normalized;
        // 「なんぼの手続き」 (dialect) counts the procedures: 「なんぼ」 alone asks a price.
        var asked = Idioms().Replace(asking.Replace(" ", "", StringComparison.Ordinal), "").Replace("なんぼの", "いくつの", StringComparison.Ordinal);
        // 「番号は何番？」「ファクスは何番だら？」 ask a number to call, not a rank.
        asked = NumberAsked().Replace(asked, "番号を教えて");
        var named = KindsNamedIn(asked);
        var kinds = Kinds.Where((k, i) => k.Asks == RouterVocabulary.LiveStateWords ? AsksLiveState(asked) : named[i]).ToArray();
        return kinds;
    }

    /// <summary>
    /// Whether the message asks today's state (「今混んでますか」): in a sentence that asks, not in the complaint told
    /// before the question (「いつ行っても混んでて待たされる。予約できないの？」), and not about what the city intends.
    /// </summary>
    /// <remarks>Checked for every entry an answer is weighed against: the message is split into sentences only when it holds such a word at all.</remarks>
    public static bool AsksLiveState(string normalized) =>
        ((TextNormalizer.ContainsAny(normalized, RouterVocabulary.LiveStateWords)
                && TextNormalizer.ContainsAny(LongMessage.AskingPart(normalized), RouterVocabulary.LiveStateWords))
            || (TextNormalizer.ContainsAny(normalized, PresentPeriods) && UseInPresentPeriod().IsMatch(LongMessage.AskingPart(normalized))))
        && !IsAboutThePlan(normalized);

    // How much something was used in such a period (「電子申請、今月は何件くらい使われてますか」「先月は何人来ましたか」):
    // today's figures, which no plan gives (its count of procedures online is another thing). Sessions this month
    // (「今月の教室は何回ある？」) are no use counted.
    [GeneratedRegex(@"(今日|本日|きょう|今週|今月|昨日|きのう|先週|先月)[^。?？]{0,12}?(何件|何人|何回|何枚|どのくらい|どれくらい|どのぐらい|どれぐらい)[^。?？]{0,10}?(使われ|使って|使った|利用|申請され|申し込まれ|交付|発行|登録|来)")]
    private static partial Regex UseInPresentPeriod();

    public static bool IsAboutThePlan(string normalized) => TextNormalizer.ContainsAny(normalized, RouterVocabulary.IntentionWords);

    [GeneratedRegex(@"何(件|手続|業務|種類|項目|システム|か所|箇所)")]
    private static partial Regex CounterAsked();

    [GeneratedRegex(@"\d+\s?(件|手続|業務|種類|項目|システム|か所|箇所)")]
    private static partial Regex Counted();

    [GeneratedRegex(@"[^。\n]+(。|$)")]
    private static partial Regex Sentence();

    // A question's sentences end at a question mark too (「RPAをいつから使ってる? どんな業務に使ったの?」).
    [GeneratedRegex(@"[^。?!\n]+[。?!]?")]
    private static partial Regex AskedSentence();

    [GeneratedRegex(@"\d[\d,]*円|無料|手数料はかかりません|負担なし")]
    private static partial Regex Amount();

    [GeneratedRegex(@"違い|違う|異な|区別|一方|に対し")]
    private static partial Regex Difference();

    [GeneratedRegex(@"(?<thing>[\p{IsCJKUnifiedIdeographs}]{2,})数(は|って|が)?(何人|なんにん|何名)")]
    private static partial Regex CountedThing();

    [GeneratedRegex(@"定員|先着\d|\d+(人|名)まで|\d+(人|名)程度")]
    private static partial Regex Capacity();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}々]{2,}|[\p{IsKatakana}ー]{2,}")]
    private static partial Regex ContentWord();

    [GeneratedRegex(@"手数料|料金|金額|費用|参加費|利用料|使用料|何円|お金|値段|電話番号|代表電話|番号|何番|住所|所在地|メールアドレス|アドレス|パスワード")]
    private static partial Regex FactWords();

    // A question word with でも is "any": 「どの窓口でもそうなるの？」 asks whether every counter does it, not which one;
    // 「何時でも」 is "at any hour".
    [GeneratedRegex(@"何(回|人|件|枚|度)も|ないくらい|ないぐらい|(どの|どこの)[^、。?\s]{0,4}?でも|何(回|人|時|件|枚|度)でも")]
    private static partial Regex Idioms();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]+も(?=[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]+も)|(?<=も)[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]+も")]
    private static partial Regex Listed();

    [GeneratedRegex(@"(?<=番号|ファクス|ファックス|fax|電話)(は|って|、)?(何番|なんばん)(?!目)")]
    private static partial Regex NumberAsked();

    [GeneratedRegex(@"\d[\d,.]*\s?(万|千)?\s?(回|人|件|%|パーセント|割|枚|か所|箇所|歳|ポイント)")]
    private static partial Regex Count();

    // 「令和3年5月末時点の22.5%から」「現状値 61手続」「22.5%→100%」「時点で…1.4万人」: a figure said to be of a date or the baseline, or the one a target starts from.
    [GeneratedRegex(@"(時点|現状|基準値|実績|現在)[^。]{0,30}\d[\d,.]*\s?(万|千)?(%|人|件|時間|手続|業務|回)|\d[\d,.]*\s?(万|千)?(%|人|件|時間|手続|業務|回)([^。]{0,6}から|\s?(→|⇒))")]
    private static partial Regex Baseline();

    [GeneratedRegex(@"何(回|人|%|パーセント|割|枚|か所|箇所|歳|ポイント)")]
    private static partial Regex AskedCountUnit();

    [GeneratedRegex(@"率(は|って|が)?(今|現在|いま)?(どのくらい|どれくらい|どのぐらい|どれぐらい)")]
    private static partial Regex RateAsked();

    [GeneratedRegex(@"\d[\d,.]*\s?(万|千)?\s?(回|人|件|%|パーセント|割|枚|か所|箇所|時間|項目|手続|業務|団体|社|校|台)")]
    private static partial Regex Figure();

    [GeneratedRegex(@"どこ|どう|誰|だれ|なぜ|何で決|どの(よう|会議|組織)")]
    private static partial Regex OtherQuestion();

    // 「令和7年度に100%にすることを目標」 is a year to reach, as 「令和7年度まで」 is; so is 「令和7年度には20業務まで拡大」,
    // a year with how far by then (a year with は alone is when something is done).
    [GeneratedRegex(@"(\d|年|月|度|末|\))まで|\d+年間|期間|\d+年度(末)?(に|中に|内に)(?!は)|\d+年度(末)?には[^。、]{0,20}まで")]
    private static partial Regex Until();

    [GeneratedRegex(@"締め?切|受付期間|(申込|申請|提出)(の)?期(限|間)")]
    private static partial Regex ClosingDate();

    [GeneratedRegex(@"\d{1,2}月(\d{1,2}日)?(から|より|に開始|に始|に導入|開始|から開始)")]
    private static partial Regex StartMonth();

    [GeneratedRegex(@"が必要|必要です|必要とな|必要にな|必要書類|必要なもの|持参|持ち物|お持ち|を持って|本人確認書類|暗証番号")]
    private static partial Regex Needed();

    // A date the thing starts from or is introduced in (its era name given in brackets or not; the first of a range), or
    // words of starting.
    [GeneratedRegex(@"(\d+年度?|\d{1,2}月(\d{1,2}日)?)(\s?[（(][^）)]{0,16}[）)])?度?(中|内)?\s?(から|より|以降|〜|~|に(?!向け|かけ)|の?(導入|開始|運用開始|スタート))|から開始|を開始|開始し|始ま|導入し")]
    private static partial Regex StartStated();

    [GeneratedRegex(@"\d+(日|週間|か月|ヶ月|カ月)前")]
    private static partial Regex LeadTime();

    // A date naming when a document was decided or published (「(令和5年6月9日閣議決定)」 after a plan's reference) is not
    // the date of anything held.
    [GeneratedRegex(@"\d{1,2}月\d{1,2}日(?![^()（）\n]{0,16}(閣議決定|決定|公表|策定|施行|公布|会議|資料))")]
    private static partial Regex Date();

    // A source under a figure or a quotation up to its date: 「（出典）第13回専門小委員会（2023年（令和5年）4月11日）」,
    // 「出典：…」. Folded text has no line breaks, so the source ends at its date.
    [GeneratedRegex(@"(\(出典\)|出典[:：]|資料[:：])[^。]{0,80}?\d{1,2}月\d{1,2}日")]
    private static partial Regex SourceLine();

    // The words asking when and where, which name nothing held.
    [GeneratedRegex(@"日程|日にち|日時|開催|会場|場所|次回|公民館|教え")]
    private static partial Regex ScheduleWords();

    [GeneratedRegex(@"公民館|会館|センター|ホール|会議室|集会所|図書館|\d+階")]
    private static partial Regex Venue();

    [GeneratedRegex(@"窓口|市役所|庁舎|支所|出張所|コンビニ|郵便局|店舗|体育館|プール|駐車場|駅|港|空港|公園")]
    private static partial Regex UsablePlace();

    [GeneratedRegex(@"市長|町長|村長|教育長|部長|課長|室長|局長|CIO|CDO|統括責任者")]
    private static partial Regex PostHolder();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{2,}(課|室|係|センター)|[\p{IsCJKUnifiedIdeographs}]{2,}部(?!分|の)")]
    private static partial Regex Office();

    [GeneratedRegex(@"(?<!未)(支払|払)(え|う|い|っ)|決済|納付|キャッシュレス|電子マネー|収納")]
    private static partial Regex Paying();

    // 「マイナポータルアプリ」「『〇〇』アプリ」: an app named, not apps in general (アプリを使って).
    [GeneratedRegex(@"[\p{IsKatakana}ーA-Za-z0-9]{2,}アプリ|」アプリ|アプリ「")]
    private static partial Regex AppName();

    [GeneratedRegex(@"ダウンロード|インストール|app store|google play|アプリストア")]
    private static partial Regex Installing();


    [GeneratedRegex(@"\d{2,5}-\d{1,4}-\d{3,4}|0120")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"https?://|www\.|\.go\.jp|\.lg\.jp")]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"@[a-z0-9._-]{3,}|(id|パスワード)(は|:)\s*[a-z0-9@._-]{3,}")]
    private static partial Regex AccountId();

    [GeneratedRegex(@"(税率|料率)[^。]{0,20}\d")]
    private static partial Regex TaxRate();

    [GeneratedRegex(@"visa|jcb|mastercard|マスターカード|アメリカン・?エキスプレス|american express|ダイナース")]
    private static partial Regex CardBrand();

    // Payment services by name, as normalized text spells them.
    private const string PaymentServices = "paypay|ペイペイ|d払い|楽天ペイ|au ?pay|メルペイ|line ?pay|ラインペイ|ゆうちょpay|apple ?pay";

    [GeneratedRegex(PaymentServices)]
    private static partial Regex PaymentService();

    [GeneratedRegex("(" + PaymentServices + ")(みたいな|みたいに|のような|のように|などの|とか|など|等)")]
    private static partial Regex PaymentServiceAsExample();

    // The kinds the named services are of: paying by a code or from a phone.
    [GeneratedRegex(@"qrコード|コード決済|スマホ決済|スマートフォン決済|(スマホ|スマートフォン)(で|から|など)[^。]{0,12}(払|支払|決済|納付)")]
    private static partial Regex CodeOrPhonePayment();

    // 「PayPayとかd払いとか、具体的にどれが使えるの？」 asks which as well, and so does 「使える決済アプリを全部教えて」.
    [GeneratedRegex(@"(どの|どこの|どんな|何の|なんの)[^。?]{0,8}(アプリ|決済|電子マネー|ペイ|pay|qr)|(アプリ|決済|電子マネー|qr)[^。?]{0,6}(種類|全部|すべて|全て|一覧)|具体的にどれ|どれが使え|どれを使え|どれなら使え|どれに対応")]
    private static partial Regex WhichPaymentService();

    [GeneratedRegex(@"[月火水木金土日]曜|土日|週末")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\d+位")]
    private static partial Regex Rank();

    [GeneratedRegex(@"\d時間")]
    private static partial Regex Hours();

    // 「24時間」 is how long something runs, not a clock time.
    [GeneratedRegex(@"\d{1,2}時(?!間)|\d{1,2}:\d{2}")]
    private static partial Regex ClockTime();

    // The city raising something (増やす, 高める, 上げる, 伸ばす), as against an estimate of how far it falls or grows.
    [GeneratedRegex(@"増や|高め|上げ|伸ば|引き上げ|広げ")]
    private static partial Regex Raising();

    [GeneratedRegex(@"安く|安い|割引|円引|差額|お得")]
    private static partial Regex Discount();

    [GeneratedRegex(@"(?<thing>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{2,})(\d+(通|枚|回|件))?の(手数料|料金|費用|参加費|利用料|使用料|値段)")]
    private static partial Regex Priced();
}
