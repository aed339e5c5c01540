using System.Text.RegularExpressions;
using DxBot.Dialogs.Answers;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// What a follow-up can ask about the last answer's subject. Words are in normalized form (NFKC, lower case); the
/// most specific slots come first, since 「いつまで」 must not be read as 「いつ」.
/// </summary>
public static partial class FollowUpSlots
{
    public static IReadOnlyList<FollowUpSlot> All { get; } =
    [
        // Who runs or teaches what was just answered (「誰が教えてくれるの？」「どこと一緒にやってるの？」): the partners the
        // plan names, not anything written with 誰 (「誰もが」).
        new("partner", "実施する団体・協力先", ["誰が教え", "だれが教え", "誰が来て", "だれが来て", "誰がやって", "だれがやって", "どこがやって",
            "どこと一緒", "誰と一緒", "だれと一緒", "どこと協力", "どこと連携", "どこが主催", "誰が主催", "講師は", "先生は",
            "誰かと組", "だれかと組", "どこかと組", "どこと組", "誰と組", "だれと組", "市だけで", "町だけで", "単独で", "協力してる", "協力している"], Partner(), OnlyWhereStated: true, InSiblings: true),
        // Whose money pays for it (「それって国のお金も使ってやるの？」「財源は？」): a grant or budget the plan names, not a
        // resident's fee; in the same file's other sections too (the front-yard reform's grant has a section of its own).
        new("funding", "財源（国の交付金・予算）", ["国のお金", "国からお金", "国からのお金", "国の補助", "国から補助", "補助金", "交付金", "財源", "国の予算", "市の予算", "予算は", "税金で", "税金を使", "税金使"], Funding(), OnlyWhereStated: true, InSiblings: true),
        new("fee", "費用（手数料・料金）", ["手数料", "費用", "料金", "いくら", "お金", "無料", "有料", "参加費", "値段", "タダ", "ただで", "かかる"], Amount(), Unstated: NoAmount()),
        // How many use or hold what was just answered (「どのくらいの人が使ってるの？」 after コンビニ交付): a rate or a number of people.
        new("share", "利用者の数・割合", ["どのくらいの人", "どれくらいの人", "どれぐらいの人", "何人くらい", "何人ぐらい", "利用率", "普及率", "交付率", "利用者数", "使ってる人", "使っている人", "持ってる人", "持っている人",
            "利用している人", "利用してる人", "利用する人", "使う人", "どのくらいの割合", "どれくらいの割合", "何割くらい"], Share()),
        new("count", "件数", ["いくつ", "何件", "何個", "何種類", "何手続", "件数", "何か所", "何箇所", "何項目", "何業務"], Count()),
        new("deadline", "期限", ["いつまで", "いつ頃まで", "いつごろまで", "期限", "締め切り", "締切", "しめきり", "目標年度", "目標時期", "達成時期", "何年度まで"], Deadline(), Unstated: NoTime()),
        new("since", "開始の時期", ["いつから", "いつ頃から", "いつごろから", "開始", "始まる", "はじまる"], Since(), Unstated: NoTime()),
        new("days", "利用できる曜日・時間帯", ["土日", "土曜", "日曜", "休日", "祝日", "平日", "休み"], Days()),
        new("hours", "利用できる時間帯", ["夜間", "夜", "早朝", "朝", "深夜", "24時間"], Hours()),
        new("apply", "申し込み方法", ["申し込", "申込", "予約", "応募", "参加するには", "参加方法", "参加したい", "受けるには"], Apply()),
        new("bring", "必要なもの", ["持ち物", "必要なもの", "何が必要", "なにが必要", "必要書類", "持っていく", "持参", "何を用意", "なにを用意", "何を準備", "なにを準備", "用意するもの", "準備するもの"], Bring()),
        // Against which year a target is set (「比較の基準はいつの年度？」 after 「令和3年度の半分に」): a KPI's baseline, which is
        // also where it stood when the plan started (「計画のスタート時点では何人だったの？」).
        new("baseline", "比較の基準（基準年度・基準値）", ["比較の基準", "基準はいつ", "基準年", "基準の年", "基準値", "何年度比", "何年比", "いつと比べ", "いつ比", "比べて", "比較して",
            "計画のスタート時点", "計画の開始時点", "計画策定時点", "計画策定時", "スタート時点", "スタートした時", "開始時点", "策定時点", "策定した時", "策定時", "始まった時点", "始めた時点", "当初は", "最初は何"], Baseline()),
        // How someone is chosen (「誰がどうやって選ぶの？」 after the DX leaders' role): by whose recommendation, appointment.
        // 「その任命はいつでしたか」 asks the date of the appointment, not how (Find).
        new("chosen", "選び方", ["選ぶ", "選ば", "選び方", "選出", "選任", "任命", "指名", "決めるの", "決め方"], Chosen(), OnlyWhereStated: true),
        // How it is done (「どうやって払うことになるの？」「支払い方法は？」), after the application's own words above;
        // 「どうすればいい？」 asks what to do (「なくしたらどうすればいい？」), not this.
        new("how", "方法", ["どうやって", "どのように", "方法は", "やり方", "払い方", "仕方は", "どんな方法", "どういう方法",
            "どういうふうに", "どんなふうに"], How(), OnlyWhereStated: true, BeyondTheAnswer: true),
        // What it will be extended to next (「これから何に広げるの？」 after taxes paid cashless): an entry naming what the
        // measure is widened to (「手数料や使用料にも広げる」) says more than one saying only that it will be widened.
        new("next", "今後広げる対象", ["何に広げ", "なにに広げ", "どこまで広げ", "どこに広げ", "何に拡大", "どこまで拡大", "何に増や", "これから何に", "これからは何に",
            "今後は何に", "今後何に", "次は何に", "ほかにも広げ", "他にも広げ", "広げる予定", "拡大する予定", "拡大予定"], Extends(), OnlyWhereStated: true, InSiblings: true, BeyondTheAnswer: true),
        new("purpose", "目的", ["何のため", "なんのため", "目的", "ねらい", "狙い"], Purpose()),
        new("place", "場所", ["場所", "会場", "どこで", "どこに", "どこへ", "どちらで", "どこ?", "どこのコンビニ", "どのコンビニ", "どこの店", "どの店"], Place(), Unstated: NoPlace()),
        // How often (「頻度は？」 after who checks the action plan's progress): a period it recurs in, before 「いつ」.
        new("often", "頻度", ["頻度", "どのくらいの間隔", "どれくらいの間隔", "何年ごと", "何か月ごと", "何ヶ月ごと", "年に何回", "月に何回"], Often()),
        new("when", "日時", ["いつ", "何年度", "日程", "日時", "何日", "何曜", "何時に", "何時から", "何時まで", "何時?", "開催日", "時間帯"], When(), Unstated: NoTime()),
        new("who", "対象", ["対象", "誰でも", "だれでも", "条件", "何歳", "年齢", "子どもでも", "子供でも"], Who()),
        // What the plan aims at for the subject just answered (「目標は？」「最終的な目標は？」), last: 「目標年度」 is a deadline.
        // 「何％まで増やしたいの？」「最終的には何％を目指してるの？」 ask the target too, not the share today.
        new("target", "目標", ["目標", "ゴール", "何%まで", "何パーセントまで", "何割まで", "どこまで増や", "どこまで上げ", "どこまで伸ば", "どこまで高め",
            "まで増やしたい", "まで増やす", "まで上げたい", "まで上げる", "まで伸ばしたい", "まで伸ばす", "まで高めたい", "まで高める", "%を目指", "パーセントを目指", "割を目指", "どのくらいを目指", "どれくらいを目指"], Target(), OnlyWhereStated: true),
    ];

    /// <summary>The first slot the normalized text asks about, or null.</summary>
    public static FollowUpSlot? Find(string normalizedText)
    {
        // 「いつ頃から取りかかる？」 asks when work starts: the かかる of 取りかかる is no cost.
        var text = StartingWork().Replace(normalizedText, "");
        var decided = AsksOtherThanTheWay(text);
        // 「今はどんな申請が対象なの？」 asks which things are covered now, how things stand: not who may use them, which
        // entries stating 対象 answer (「どんな手続きが対象？」 after 介護 is answered by the list of those procedures).
        var things = WhichThingsAreCovered().IsMatch(text) && ImportedPresentState.IsAsked(text);
        // 「その任命はいつでしたか」 asks when the appointment was made, not how they are chosen.
        var when = text.Contains("いつ", StringComparison.Ordinal);
        // 「全国と比べてどうでしたか」 asks how it compares with the nation, which the entry states: not its base year.
        var withOthers = ComparedWithOthers().IsMatch(text);
        return All.FirstOrDefault(slot => slot.Words.Any(w => text.Contains(w, StringComparison.Ordinal)) && !(decided && slot.Name == "how") && !(things && slot.Name == "who")
            && !(when && slot.Name == "chosen") && !(withOthers && slot.Name == "baseline"));
    }

    /// <summary>
    /// 「その期間はどうやって決めたの？」 asks why it is so (what the period was set by), and 「どんなふうに使えるようになるの？」
    /// what it will offer: neither asks the way anything is done, and no entry saying more of a way answers them.
    /// </summary>
    public static bool AsksOtherThanTheWay(string normalizedText) => Decided().IsMatch(normalizedText) || WhatItBecomes().IsMatch(normalizedText);

    public static FollowUpSlot? Named(string? name) => name is null ? null : All.FirstOrDefault(s => s.Name == name);

    /// <summary>Every slot word, longest first: what is left after removing them tells whether a follow-up names a new subject.</summary>
    public static IReadOnlyList<string> AllWords { get; } =
        All.SelectMany(s => s.Words).Distinct().OrderByDescending(w => w.Length).ToList();

    [GeneratedRegex(@"(どんな|どういう|どの|何の|なんの)(?!人|方|ひと|かた)[^、。?]{1,6}が対象|(何|なに)が対象")]
    private static partial Regex WhichThingsAreCovered();

    [GeneratedRegex(@"(全国|国|県|県内|他の(市|自治体|まち|町)|他市|ほかの(市|自治体|まち|町)|近隣|周り|周辺|平均)(と|に)(比べ|比較)")]
    private static partial Regex ComparedWithOthers();

    [GeneratedRegex(@"\d[\d,]*円|無料|無償|手数料はかかりません|負担なし|費用はかかりません")]
    private static partial Regex Amount();

    // How an entry says the plan does not give a fact: 「…は方針に書かれていません」「…示されていない」「記載がない」.
    private const string NotWritten = "書かれていな|書かれていません|示されていな|示されていません|記載がな|記載はな|記載がありません|明記されていな|明記されていません|載っていな|載っていません";

    // 「開始時期は方針に書かれていません」「実施時期は計画に書かれていません」「日程は…示されていません」.
    [GeneratedRegex(@"(時期|開始|日程|日時|いつ|年度)[^。]{0,12}(" + NotWritten + "|書かれていま?せん|決まっていな|決まっていません)")]
    private static partial Regex NoTime();

    [GeneratedRegex(@"(費用|手数料|料金|金額|参加費)[^。]{0,12}(" + NotWritten + ")")]
    private static partial Regex NoAmount();

    [GeneratedRegex(@"(場所|会場)[^。]{0,12}(" + NotWritten + ")")]
    private static partial Regex NoPlace();

    [GeneratedRegex(@"決め|決まっ|定め|選ん|選ば|選び")]
    private static partial Regex Decided();

    // 「これからどんなふうに使えるようになるの？」 asks what it will offer, not the way anything is done.
    [GeneratedRegex(@"(どんな|どういう|どういった)ふうに(使えるように|使われるように|なる|変わ|便利に)")]
    private static partial Regex WhatItBecomes();

    /// <summary>The text without the dates of documents it cites (a decision's, a source's), which date nothing the plan does.</summary>
    public static string WithoutDocumentDates(string normalizedText) =>
        normalizedText.Contains('(', StringComparison.Ordinal) ? DocumentDate().Replace(normalizedText, " ") : normalizedText;

    // 「(令和5年6月16日閣議決定)」「(令和5年8月8日総点検本部会議資料)」, and a source up to its date: 「(出典)第33次地方制度調査会
    // 第13回専門小委員会(2023年(令和5年)4月11日)」 (normalized: full-width brackets are ASCII ones).
    [GeneratedRegex(@"\([^()]{0,40}(閣議決定|決定|策定|公表|公布|施行|資料)\)|\(出典\)[^。\n]{0,80}?\d{1,2}月\d{1,2}日\)*")]
    private static partial Regex DocumentDate();

    [GeneratedRegex(@"(取り|とり|差し|さし|引っ|ひっ)(かか|掛か)")]
    private static partial Regex StartingWork();

    [GeneratedRegex(@"目標|KGI|KPI")]
    private static partial Regex Target();

    // A share may be set in words: above an average (「長崎県平均を上回る」) or everyone holding it (「すべての住民がマイナンバーカードを持つ」
    // 「すべての市民にマイナンバーカードが行き渡る」).
    [GeneratedRegex(@"\d[\d.,]*\s?(%|パーセント|割|万?人)|平均を上回|平均以上|平均を超え|(すべて|全て)の(住民|市民|国民)(が|に)[^。]{0,15}(持|取得|行き渡|いきわた)|全(住民|市民|国民)(が|に)[^。]{0,15}(持|取得|行き渡|いきわた)")]
    private static partial Regex Share();

    // 「25手続」「17業務」「3つの」「12の取組事項」: a number of things, not a year or a percentage.
    [GeneratedRegex(@"\d+(件|手続|種類|個|か所|箇所|ヶ所|項目|業務|システム|つの|分野|事業|施策|サービス|の(?=\p{IsCJKUnifiedIdeographs}))")]
    private static partial Regex Count();

    // A target's year answers 「いつまでに？」: 「令和7年度に1万4千人」「2022年度（令和4年度）を目標に」「目標時期を令和7年度とし」,
    // and so does a plan's schedule row, the years of work of one action (「・研修の実施：令和4年度、…令和7年度。」), and a year
    // something runs until (「令和7年度まで続ける」).
    [GeneratedRegex(@"期限|有効期間|締め?切|まで(に|の|で)|\d+年度?まで|\d+年間|年度\)?(末|中)?(に|を目標|の目標|とし)|目標時期|^・[^：:\n]+[：:](令和|平成)\d+年度", RegexOptions.Multiline)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"(令和|平成)\s?\d+年|\d{4}年|\d+月(から|より)|から開始|を開始|開始し|始ま|導入し")]
    private static partial Regex Since();

    [GeneratedRegex(@"土日|土曜|日曜|休日|祝日|24時間|いつでも|平日|開庁|365日|毎日")]
    private static partial Regex Days();

    // Opening hours count here (「6時30分から23時まで」): they say whether late evening is in, not whether Sunday is.
    [GeneratedRegex(@"24時間|夜間|早朝|いつでも|時間を問わず|時間や場所|開庁時間|\d{1,2}(時(\d{1,2}分)?|:\d{2})(から|〜|~|-)\d{1,2}(時|:\d{2})")]
    private static partial Regex Hours();

    // The year compared with may carry its other calendar's name in brackets: 「2018年度（平成30年度）と比べて」.
    // Where it stood at a date (「令和4年4月1日時点で…1.4万人」) is a baseline as well.
    [GeneratedRegex(@"((令和|平成)\s?\d+|\d{4})年度?(\)?(比|と比べ|に比べ|から|の(半分|\d|水準|実績))|(\d+月(\d+日)?)?末?時点)|基準(年度|値|年)|現状値")]
    private static partial Regex Baseline();

    [GeneratedRegex(@"推薦|選出|選任|任命|指名|選び|選ば|選ん|公募|充て")]
    private static partial Regex Chosen();

    // The way something is done: the means named (QRコード, アプリ, eLTAX経由) or said to be used; 「計画期間を通じて」 is
    // how long, not the way.
    [GeneratedRegex(@"方法|やり方|サイクルで|仕組みで|手順で|方式で|使って|を使う|を利用|利用して|(?<!期間を|年間を|年度を|年を)通じて|経由|qrコード|アプリ|納付書|口座振替|郵送|(オンライン|インターネット|窓口|コンビニ)で(申請|手続|納付|支払|払)|から(申請|申し込|納付|支払)")]
    private static partial Regex How();

    [GeneratedRegex(@"申し?込|予約|応募|受付|電話で|窓口で|申請")]
    private static partial Regex Apply();

    // What a measure is widened to, named: 「証明書の手数料や施設の使用料などにも…広げていく」「他の手続にも順次拡大」; 「対象を広げて
    // いく」 alone names nothing.
    [GeneratedRegex(@"(にも|へも|へと)[^。]{0,25}(広げ|拡げ|拡大|拡充|導入|対応|増や)|(順次|段階的に)[^。]{0,20}(広げ|拡大|導入|増や)")]
    private static partial Regex Extends();

    // 「デジタル田園都市国家構想交付金などを活用」「国の補助金」「財源」: money from a budget, not a resident's fee.
    [GeneratedRegex(@"交付金|補助金|財源|国費|予算")]
    private static partial Regex Funding();

    // What a measure is for (「それって何のためにやるの？」): the plan says so with ため, 目的 or 「…できるよう」.
    [GeneratedRegex(@"ため(に|、|で)|目的|ねらい|狙い|よう(に|、)|を目指|効果")]
    private static partial Regex Purpose();

    // Online, what is needed is the card the procedure is done with (「マイナンバーカードによるオンライン申請」).
    [GeneratedRegex(@"持参|持ち物|持って|本人確認書類|通知書|印鑑|必要書類|を用意|が必要|(マイナンバーカード|マイナカード)(で|を使|による|があれば|と暗証番号)")]
    private static partial Regex Bring();

    // 「身近な場所で」「地域に出向いて」 is all a plan may say of where: the resident is told that much.
    [GeneratedRegex(@"市役所|役場|庁舎|窓口|会場|公民館|センター|支所|ホール|コンビニ|図書館|集会所|交流|\d+階|身近な場所|地域に出向")]
    private static partial Regex Place();

    [GeneratedRegex(@"毎年度?|毎月|毎週|年度ごと|毎回|年\d+回|月\d+回|四半期|随時|定期的")]
    private static partial Regex Often();

    [GeneratedRegex(@"\d+月|\d+日|\d{1,2}時|\d{1,2}:\d{2}|毎週|毎月|曜日|随時|定期的|(令和|平成)\s?\d+年|\d{4}年")]
    private static partial Regex When();

    // What is left out (「指定管理の施設や駐車場は除く」) says what is covered too.
    [GeneratedRegex(@"対象|除く|除き|除いて|含まな|含めな|どなたでも|誰でも|歳以上|歳未満|歳まで|市内在住|市内に住|市民の方|高齢者|お年寄り|児童|生徒")]
    private static partial Regex Who();

    // 「DX推進担当部門と密接に連携」: an adverb may stand between the partner and the verb.
    [GeneratedRegex(@"NPO|協力隊|企業|キャリア|事業者|推進委員|団体|大学|ボランティア|と(密接に|緊密に|十分に|しっかり)?連携|と(密接に|緊密に)?協力|協力して|講師|主催|委託")]
    private static partial Regex Partner();
}
