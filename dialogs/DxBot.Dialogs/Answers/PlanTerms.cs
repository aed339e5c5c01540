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
        // A certificate fetched to be handed in again (「別の役所でとった証明書をつけろって言われる」「証明書をまた出さないと
        // いけない」): the plans' 添付書類の省略 by 情報連携.
        (AttachingCertificates(), Nothing(), AttachmentsMeasure()),
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
        // Telling a nursery school or a school that the child stays home (「保育園休むとき、朝の電話がつながらない」): the
        // plans' 欠席連絡.
        (Absence(), Nothing(), AbsenceMeasure()),
        // The papers a nursery school or a school hands out (「保育園のお便り、紙じゃなくてデータでもらえる？」): the plans'
        // 配布書類のデータ化.
        (Handouts(), Nothing(), HandoutsMeasure()),
        // Procedures at night or on holidays (「夜中でもできるの？」「よる でも てつづき できる」): the plans' 24時間365日.
        (AtAnyHour(), AtTheCounter(), AtAnyHourMeasure()),
        // Children and the internet's dangers (「子どもがネットのトラブルに巻き込まれないか心配。学校で教えてる？」): the
        // plans' 情報モラル, taught to 児童生徒, a word residents do not use of their children.
        (ChildrenOnline(), Nothing(), InformationEthics()),
        // Keeping the counter beside the internet (「窓口派なんだけど、全部ネットだけになっちゃうの？」「窓口でもネットでも
        // できるようにするってこと？」): the plans' 対面・非対面 combined, オムニチャネル. Not the counter's queue, forms or seal.
        (KeepingTheCounter(), AtTheCounterOtherwise(), BothWaysMeasure()),
        // Fixing beforehand when to come to the counter (「行く時間を先に決めておける？」「待たされるのがイヤで」): the plans'
        // 来庁予約.
        (BookingAVisit(), Nothing(), VisitBookingMeasure()),
        // Booking a hall (「公民館とか体育館を借りるのもネットで」): the plans' 施設予約; not paying its fee (キャッシュレス).
        (BookingAHall(), PayingTheFee(), HallBookingMeasure()),
        // Information reaching someone who sees badly or reads little Japanese (「目が見えにくい父と、日本語が苦手な友だち」):
        // the plans' 障害者・外国人 among 情報弱者, a home page in 外国語 and read aloud.
        (InformationForAll(), Nothing(), InformationForAllMeasure()),
        // What the city aims for (「行方市ってDXで何を目指してるの？」「どんなまちを目指してるの？」): the plan's 基本理念 or
        // 目指す将来像, with the slogans under it; else its slogan for the city (デジタルシティ, スマート自治体).
        (AimsOfTheCity(), AMeasureAimedAt(), PrinciplesMeasure()),
        (AimsOfTheCity(), AMeasureAimedAt(), SloganMeasure()),
        // Only the messages that concern the resident (「LINEで自分に関係ある情報だけ届くようにならない？」): the plans'
        // セグメント配信 or プッシュ通知 by the reader's attributes, not the account's general 情報発信.
        (OnlyWhatConcernsMe(), Nothing(), SegmentMeasure()),
        // How many follow the city's account (「市のLINEって何人くらい登録してるの？」): the plans' row counting the SNS's
        // 登録人数 (「市のSNSの登録人数：令和4年度R4.4.1 1.4万人…」), not the passage's opening on the account's launch.
        // Staff naming the indicator's values (目標値, 基準値), often of two indicators at once, are answered by the search.
        (AccountFollowers(), IndicatorNamed(), FollowersMeasure()),
        // What the city's account sends (「しの らいん で まちの おしらせ を うけとれますか」「市役所のLINEって何が届くの」):
        // the plans' sentence on informing residents through the city's LINE account.
        (WhatTheAccountSends(), PayingByLine(), AccountMeasure()),
        // The city coming to a workplace or a group (「会社の同僚みんなで作りたい。市の人に来てもらえる？」): the plans'
        // 出張申請, taken where people work or meet.
        (ComingToAGroup(), Nothing(), OnSiteMeasure()),
        // Money paid to the city other than taxes (「保育料とか市に払うお金」「税金以外のお金も税金と同じやり方で」「水道料金」):
        // the plans' 公金, paid through eLTAX as local taxes are. Before the fees paid without cash, which it also describes.
        (PublicMoney(), Nothing(), PublicMoneyMeasure()),
        // A fee or a charge paid without cash (「体育館の使用料ってキャッシュレスで払える？」「証明書の手数料を現金以外で」):
        // the plans' キャッシュレス決済, 電子決済, 電子収納; the fee's words find the national guide on the card's fee. Not
        // the amount asked (「使用料はいくら？」), which no such sentence states.
        (FeeWithoutCash(), AmountAsked(), CashlessMeasure()),
        // The tablet a school handed out (「小学生の子がタブレット持って帰ってきた」): the plans' GIGAスクール, 一人一台端末.
        (SchoolTablet(), Nothing(), SchoolTabletMeasure()),
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
                .Where(e => AnswerLead.SentencesOf(e).Any(s => names.IsMatch(s) && !Enacted().IsMatch(s)))
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

    /// <summary>
    /// The city's hand-written entry naming the plan's term for what the question describes, when the entry found names
    /// none of it (「証明書をつけろって言われる」 found the certificate at a convenience store, not the 添付書類's 情報連携):
    /// the entries carry residents' words in their keywords, but a resident's words are many. The found entry stands when it
    /// names the term or no entry of the city covering enough of the question does.
    /// </summary>
    public static KnowledgeEntry Rather(IKnowledgeSearcher searcher, string question, string cityId, KnowledgeEntry found, IEnumerable<KnowledgeEntry> entries, double minCoverage)
    {
        var normalized = TextNormalizer.Normalize(question);
        // A story told before the question (「同じ住所を何回も書かされます。前に出した内容をまた出さなくて済む…？」) is
        // in no entry: the sentences asking are weighed too.
        var asking = LongMessage.AskingPart(normalized);
        // What a city aims for is each hand-written entry's own subject, worded for the question; the plan's terms for it
        // (基本理念を…) are found in the sentences of entries on other things.
        foreach (var names in DescribedConcepts(normalized).Select(i => Concepts[i].Names)
            .Where(names => names != PrinciplesMeasure() && names != SloganMeasure()))
        {
            // A term the question asks about by name (「ワンスオンリーってなに？同じこと何回も書かなくてよくなる？」) that the
            // found entry is titled or keyed by says the entry is what is asked; a word of the description (タブレット of
            // 「学校からタブレットを持って帰ってきた」) does not, though the found entry's title has it (the office's tablets).
            if (Names(found, names) || TermAsked().Matches(normalized).Select(t => t.Groups["term"].Value)
                .Any(t => found.Title.Contains(t, StringComparison.Ordinal) || found.Keywords.Any(k => k.Contains(t, StringComparison.Ordinal))))
            {
                return found;
            }

            var naming = entries
                .Where(e => e.CityId == cityId && !ImportedPassage.IsImported(e) && Names(e, names))
                .Select(e => (Entry: e, Coverage: Math.Max(searcher.Coverage(question, e, cityId), searcher.Coverage(asking, e, cityId))))
                // An entry titled by the term is about it; an overview names it among others (半田市's 取組方針1 lists
                // 情報連携 beside the card's promotion and covers more of 「マイナンバーカードがあれば…書類がへりますか」).
                .OrderByDescending(e => names.IsMatch(e.Entry.Title))
                .ThenByDescending(e => e.Coverage)
                .ThenBy(e => e.Entry.Line)
                .Select(e => e.Entry)
                .FirstOrDefault();
            if (naming is not null)
            {
                return naming;
            }
        }

        return found;
    }

    /// <summary>
    /// Of hits too weak to answer (a story in dialect: 「字っこ書ぐのが難儀…書がねくてもいいようになるんだべか」 covers little
    /// of any entry), the first hand-written one naming the plan's term for what the question describes and covering at
    /// least <paramref name="minCoverage"/>; null when the question describes none or no such hit names it.
    /// </summary>
    public static KnowledgeEntry? NamedAmongWeak(string question, IEnumerable<SearchHit> hits, double minCoverage)
    {
        var names = NamesFor(question);
        return names.Count == 0
            ? null
            : hits.Where(h => h.Coverage >= minCoverage && !ImportedPassage.IsImported(h.Entry))
                .Select(h => h.Entry)
                .FirstOrDefault(e => names.Any(n => Names(e, n)));
    }

    // A term of four or more kanji or katakana asked about by name (「ワンスオンリーってなに」「フロントヤードとは」).
    [GeneratedRegex(@"(?<term>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{4,})(って|とは)")]
    private static partial Regex TermAsked();

    private static bool Names(KnowledgeEntry entry, Regex names) =>
        names.IsMatch(entry.Title) || AnswerLead.SentencesOf(entry).Any(s => names.IsMatch(s) && !Enacted().IsMatch(s));

    /// <summary>The lead for the passage: its sentences answering the question, its sentence naming the plan's term first.</summary>
    public static IReadOnlyList<string> Lead(IKnowledgeSearcher searcher, string question, KnowledgeEntry passage)
    {
        var sentences = AnswerLead.SentencesOf(passage);
        // The term the passage was chosen for: the first the question describes that the passage names.
        var names = NamesFor(question).FirstOrDefault(n => sentences.Any(s => n.IsMatch(s) && !Enacted().IsMatch(s)));
        var lead = ExtractiveLead.For(searcher, question, passage);
        if (names is null)
        {
            return ExtractiveLead.WithWhatFollows(searcher, question, passage, lead);
        }

        // Of the sentences naming the term, the one covering the question best (「・②ワンスオンリー：一度提出した情報は、二度
        // 提出することを不要とする」 for 「前に出した書類をまた出せ」, not the passage's opening that lists the three principles).
        if (!lead.Any(s => names.IsMatch(s))
            && sentences.Select((sentence, index) => (sentence, index))
                .Where(s => names.IsMatch(s.sentence) && !Enacted().IsMatch(s.sentence))
                .OrderByDescending(s => ExtractiveLead.SentenceCoverage(searcher, question, passage, s.sentence, s.index))
                .ThenBy(s => s.index)
                .Select(s => s.sentence)
                .FirstOrDefault() is { } named)
        {
            // A sub-heading naming the term (「■児童生徒の情報モラルの向上」) says nothing by itself: the sentences under it
            // that answer the question best follow it, in the plan's order, not the passage's other measures.
            lead = ExtractiveLead.IsSubHeading(named)
                ? [named, .. Under(searcher, question, passage, sentences, named)]
                : [named, .. lead.Where(s => s != named).Take(ExtractiveLead.MaxSentences - 1)];
        }

        return ExtractiveLead.WithWhatFollows(searcher, question, passage, [.. lead.Where(s => names.IsMatch(s)), .. lead.Where(s => !names.IsMatch(s))]);
    }

    /// <summary>The sentences under a sub-heading up to the next one that answer the question best, in their order; footnotes left out.</summary>
    private static List<string> Under(IKnowledgeSearcher searcher, string question, KnowledgeEntry passage, IReadOnlyList<string> sentences, string subHeading)
    {
        var start = sentences.ToList().IndexOf(subHeading) + 1;
        var under = sentences.Skip(start).Select((sentence, i) => (sentence, index: start + i))
            .TakeWhile(s => !ExtractiveLead.IsSubHeading(s.sentence))
            .Where(s => !Enacted().IsMatch(s.sentence))
            .ToList();
        return [.. under
            .OrderByDescending(s => ExtractiveLead.SentenceCoverage(searcher, question, passage, s.sentence, s.index))
            .ThenBy(s => s.index)
            .Take(ExtractiveLead.MaxSentences - 1)
            .OrderBy(s => s.index)
            .Select(s => s.sentence)];
    }

    /// <summary>
    /// Whether the normalized message describes something the plans name in their own terms (「保育園休むとき電話しなくて
    /// いい？」 is their 欠席連絡): a question for the knowledge, not for the status of a procedure it names (保育園).
    /// </summary>
    public static bool Describes(string normalized) => DescribedConcepts(normalized).Length > 0;

    private static List<Regex> NamesFor(string question) =>
        [.. DescribedConcepts(TextNormalizer.Normalize(question)).Select(i => Concepts[i].Names)];

    // The concepts the texts of the moment describe: a turn asks it of the same message more than once (the router,
    // then the answer's Rather, Passage, NamedAmongWeak or Lead; 1.7 times a turn over the benchmark's questions), each
    // time over some fifty regexes, residents send the same questions again and again, and the answer depends on the
    // text only. The router reads its message once a turn even so (4,750 readings in 4,800 turns of 165 texts).
    private static readonly TextMemo<string, int[]> Described = new(4096);

    /// <summary>The indexes in <see cref="Concepts"/>, in order, of the concepts the normalized text describes and does not except.</summary>
    private static int[] DescribedConcepts(string normalized) =>
        Described.Get(normalized, normalized.Length, 0, static (normalized, _) => ReadConcepts(normalized));

    private static int[] ReadConcepts(string normalized)
    {
        var described = new List<int>();
        for (var i = 0; i < Concepts.Length; i++)
        {
            if (Concepts[i].Describes.IsMatch(normalized) && !Concepts[i].Except.IsMatch(normalized))
            {
                described.Add(i);
            }
        }

        return [.. described];
    }

    [GeneratedRegex(@"(自分|じぶん|私|わたし|うち|家)(に|と)?(関係|かんけい|必要|ひつよう|関わる|合った|あった)[^。？?]{0,10}(だけ|のみ)|(関係|必要)(ある|な)(情報|お知らせ|もの|の)(だけ|のみ)")]
    private static partial Regex OnlyWhatConcernsMe();

    // Not 「情報のプッシュ配信など多種ある機能」 of the present state: the measure sending by the reader's attributes.
    [GeneratedRegex(@"セグメント配信|プッシュ通知")]
    private static partial Regex SegmentMeasure();

    // The account named (LINE, SNS, 公式アカウント) with how many have joined it.
    [GeneratedRegex(@"(?i)^(?=.*(LINE|ライン|らいん|SNS|公式アカウント))(?=.*((登録|とうろく|友だち|友達|ともだち)[^。？?]{0,12}(何人|なんにん|何万|どれくらい|どのくらい|どんくらい|人数|にんずう)|(何人|なんにん|何万|どれくらい|どのくらい|どんくらい)[^。？?]{0,8}(登録|とうろく|友だち|友達|ともだち)|(登録者|登録人数|とうろくしゃ)))")]
    private static partial Regex AccountFollowers();

    [GeneratedRegex(@"目標値|現状値|基準値|実績値")]
    private static partial Regex IndicatorNamed();

    [GeneratedRegex(@"(登録|友だち|友達)(人数|者数|者)[^。]{0,20}[0-9０-９]")]
    private static partial Regex FollowersMeasure();

    // The city's account named (市の LINE, しやくしょ の らいん, 公式LINE) with what reaches the resident through it.
    [GeneratedRegex(@"(?i)^(?=.*((市|し|役所|やくしょ)\s*の\s*(LINE|ライン|らいん)|公式(LINE|ライン)|LINE公式))(?=.*(届|とど|受け取|うけと|来る|送られ|おくられ|お知らせ|おしらせ))")]
    private static partial Regex WhatTheAccountSends();

    [GeneratedRegex(@"(?i)(LINE|ライン|らいん)\s*(Pay|ペイ|ぺい)|払|はら")]
    private static partial Regex PayingByLine();

    [GeneratedRegex(@"LINE公式アカウント[^。]{0,30}(発信|配信|お知らせ)|LINE[^。]{0,10}(で|を活用し)[^。]{0,20}(発信|配信)")]
    private static partial Regex AccountMeasure();

    // A workplace or a group named, with someone coming to it.
    [GeneratedRegex(@"^(?=.*(会社|職場|事業所|企業|団体|従業員|同僚|社員|町内会|自治会|老人クラブ))(?=.*(来て|来る|きて|くる|来てもら|出張|出向))")]
    private static partial Regex ComingToAGroup();

    [GeneratedRegex(@"出張(申請|受付)")]
    private static partial Regex OnSiteMeasure();

    // 「前に市役所に出した書類と同じものをまた出せ」「一度役所に出した情報」: what was handed in before, asked for again.
    [GeneratedRegex(@"(一回|一度|1回|1度|いっぺん|前に)[^。、]{0,8}?(出した|提出した|書いた|伝えた)|また同じ(もの|書類|こと)を?(出|提出)|何回も(出|提出)|何度も(出|提出)|二度と?(出|提出|書)")]
    private static partial Regex OnceOnly();

    [GeneratedRegex(@"ワンスオンリー|二度提出|再提出")]
    private static partial Regex OnceOnlyMeasure();

    // A certificate or document to attach or hand in (the verb close after it: not 「書類だとか…スマホを持っていない」),
    // again or each time, in kanji or kana.
    // Handed in again and again, or fewer to hand in (「市役所に 出す 書類が へりますか」).
    [GeneratedRegex(@"^(?:(?=.*(証明書|証明|書類|しょうめい|住民票|戸籍|謄本|抄本)[^。?!]{0,12}(つけ|付け|添付|出さ|出せ|出して|出す|提出|持って|もって))(?=.*(また|毎回|たびに|度に|別の|いちいち|何度も|何回も|その都度|そのつど))|(?=.*(出す|提出する|持っていく|持って行く|つける|付ける)\s?(書類|証明書)[^。?!]{0,6}(へ|減|少な)))")]
    private static partial Regex AttachingCertificates();

    [GeneratedRegex(@"添付書類|情報連携")]
    private static partial Regex AttachmentsMeasure();

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

    // Voiced as in the north (「字っこ書ぐのが難儀」「書がねくてもいいように」) too: 書ぐ and 書がね are no standard words.
    [GeneratedRegex(@"書かされ|書かせ|書くの|書くこと|書いたり|書かず|書かなく|書かない|書かん|書ぐ|書がね|書がな|記入|手書き|紙にたくさん書")]
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

    // Staying away, a call or a message, and the nursery school or school told.
    [GeneratedRegex(@"^(?=.*(休む|休み|やすむ|やすみ|欠席|熱))(?=.*(電話|でんわ|連絡|れんらく))(?=.*(保育|ほいく|園|学校|がっこう))")]
    private static partial Regex Absence();

    [GeneratedRegex(@"欠席")]
    private static partial Regex AbsenceMeasure();

    // What is handed out, and paper or data.
    [GeneratedRegex(@"^(?=.*(お便り|おたより|便り|お手紙|おてがみ|プリント|配布物|配布書類|配り物))(?=.*(紙|データ|デジタル|メール|アプリ|スマホ|電子))")]
    private static partial Regex Handouts();

    [GeneratedRegex(@"配布書類|データ化")]
    private static partial Regex HandoutsMeasure();

    // Night or a holiday, and a procedure or doing it from home.
    [GeneratedRegex(@"^(?=.*(夜中|夜間|深夜|夜遅|夜でも|夜に|よなか|よる|休日|土日|日曜|祝日|24時間|いつでも))(?=.*(手続|てつづき|申請|しんせい|ネット|オンライン|スマホ|家から|行かな))")]
    private static partial Regex AtAnyHour();

    // The counter's or the phone line's hours (「土日も窓口開いてる？」「夜間の電話窓口」), or receiving the card, are not online.
    [GeneratedRegex(@"窓口|開庁|開いて|電話|受け取|受取|取りに")]
    private static partial Regex AtTheCounter();

    [GeneratedRegex(@"24時間|24 時間")]
    private static partial Regex AtAnyHourMeasure();

    // The counter or meeting in person, and it going away or both ways being open.
    [GeneratedRegex(@"^(?=.*(窓口|対面|顔を見|顔見て|直接話|まどぐち|出向い))(?=.*(なくな|無くな|なくさ|なくし|だけにな|だけ に|全部ネット|全部スマホ|全部オンライン|どっち|両方|どちら|選べ|残る|残して|いろんな方法|いろいろな方法|色々な方法|でもネットでも|ネットでも窓口|と窓口))")]
    private static partial Regex KeepingTheCounter();

    // The counter's wait, its forms, its seal or its hours are other measures (書かない窓口, 押印, 予約).
    [GeneratedRegex(@"待ち|混雑|混ん|並ば|並ん|書か|書く|ハンコ|はんこ|押印|時間に|開いて")]
    private static partial Regex AtTheCounterOtherwise();

    [GeneratedRegex(@"対面・非対面|対面と非対面|オムニチャネル")]
    private static partial Regex BothWaysMeasure();

    // The counter, and in the same sentence a time fixed beforehand or the wait there (a booking before the counter, in the
    // same clause): a long message's 「役所まで行くのがしんどい」 and, sentences on, 「フェリーの予約」, or 「フェリーの予約も
    // 毎回大変で、正月に帰ったときは役所が閉まっていて」 book no visit.
    [GeneratedRegex(@"(窓口|役所|役場|やくしょ|来庁)[^。?？!！]{0,20}(予約|前もって|先に決め|先に押さえ|押さえて|押さえと|決めとけ|決めておけ|時間を決め|待たされ|待ち時間)|(予約|前もって|先に決め|先に押さえ)[^。、?？!！]{0,20}(窓口|役所|役場|来庁)")]
    private static partial Regex BookingAVisit();

    [GeneratedRegex(@"来庁予約|窓口予約|来庁の予約")]
    private static partial Regex VisitBookingMeasure();

    // A hall or a sports ground, booked or borrowed.
    [GeneratedRegex(@"^(?=.*(公民館|体育館|施設|会議室|グラウンド|運動場|ホール|集会所))(?=.*(予約|借り|かり))")]
    private static partial Regex BookingAHall();

    [GeneratedRegex(@"使用料|利用料|料金|払|お金")]
    private static partial Regex PayingTheFee();

    [GeneratedRegex(@"施設予約|施設の予約")]
    private static partial Regex HallBookingMeasure();

    // Someone who sees or hears badly or reads little Japanese, and information, the home page or help.
    [GeneratedRegex(@"^(?=.*(目が見えにく|目が不自由|目の不自由|目が悪|視覚|耳が(聞こえ|遠|不自由)|障害|障がい|日本語が(苦手|わから|読め|難し|まだ|よく)|にほんごが|外国人|がいこくじん|外国の方|外国籍))(?=.*(情報|お知らせ|ホームページ|hp|サイト|届|受け取|読め|手伝|てつだ|サポート|支援|じょうほう))")]
    private static partial Regex InformationForAll();

    [GeneratedRegex(@"障害者|障がい|外国人|外国語|情報弱者")]
    private static partial Regex InformationForAllMeasure();

    // What kind of city, or what is aimed at, asked of the city as a whole.
    [GeneratedRegex(@"(どんな|どういう|どのような)(まち|町|市|市役所|姿|自治体|ところ)|(何|なに)を(目指|めざ)|目指す(姿|まち|将来像)|(めざ|目指)して(る|いる)\s?(すがた|姿)|将来像|まちの姿|暮らしをどう|都市像")]
    private static partial Regex AimsOfTheCity();

    // Asked of one measure or a figure (「オンライン化率はどこまでを目指してる？」「テレワークで何を目指してる？」), of the general
    // plan (総合計画's 都市像) or of how the work is organised, not of what the city aims for with DX.
    [GeneratedRegex(@"総合計画|体制|構成|進捗|率|何%|いつまで|どれくらい|どのくらい|どこまで|目標値|件|人数|テレワーク|人材|システム|セキュリティ|オープンデータ|マイナンバー|マイナカード|キャッシュレス|窓口|手続|申請|講座|保育|学校")]
    private static partial Regex AMeasureAimedAt();

    [GeneratedRegex(@"基本理念を|目指す将来像|^基本理念$")]
    private static partial Regex PrinciplesMeasure();

    [GeneratedRegex(@"デジタルシティ|スマート自治体へ")]
    private static partial Regex SloganMeasure();

    // A child of the family (子ども, 小学生, 息子), the internet or what is done on it, and a danger or a lesson about it.
    [GeneratedRegex(@"^(?=.*(子ども|子供|こども|うちの子|わが子|我が子|の子(が|は|に)|小学生|中学生|高校生|児童|生徒|息子|娘|孫))(?=.*(ネット|sns|タブレット|動画|ゲーム|ライン|line))(?=.*(トラブル|被害|危な|危険|巻き込|使い方|モラル|リテラシー))")]
    private static partial Regex ChildrenOnline();

    [GeneratedRegex(@"情報モラル")]
    private static partial Regex InformationEthics();

    // Money the city collects besides taxes, named or described, and paying it.
    [GeneratedRegex(@"(?i)^(?=.*(税金以外|税以外|税金じゃな|税じゃな|税金でな|税金\s?いがい|税金のほか|税のほか|ほかの支払|他の支払|ほかの払|市に\s?(払う|はらう)\s?お金|保育料|水道料金|水道代|下水道|公金))(?=.*(払|はら|納付|納め))")]
    private static partial Regex PublicMoney();

    [GeneratedRegex(@"公金")]
    private static partial Regex PublicMoneyMeasure();

    // A fee or a charge, and a way of paying other than cash.
    [GeneratedRegex(@"(?i)^(?=.*(手数料|使用料|利用料|施設の料金|保育料))(?=.*(キャッシュレス|クレジット|カードで|カード払|カードとか|スマホ決済|スマホ払|スマホで払|スマホで支払|電子マネー|現金以外|現金じゃな|現金やな|現金でなく|paypay|ペイペイ|qr|電子決済|ネットで払))")]
    private static partial Regex FeeWithoutCash();

    [GeneratedRegex(@"いくら|何円|金額|料金表|高い|安い")]
    private static partial Regex AmountAsked();

    [GeneratedRegex(@"キャッシュレス|電子決済|電子収納")]
    private static partial Regex CashlessMeasure();

    // A tablet or computer of a schoolchild or a school, not a resident's own device.
    [GeneratedRegex(@"^(?=.*(タブレット|端末|パソコン|chromebook|ipad))(?=.*(学校|小学|中学|児童|生徒))")]
    private static partial Regex SchoolTablet();

    [GeneratedRegex(@"GIGAスクール|一人一台|1人1台")]
    private static partial Regex SchoolTabletMeasure();

    // A national law's account (「行政手続での押印義務の廃止…が施行され」) says what the nation enacted, not what the city
    // does; a glossary row (「・AI-OCR ／ …技術を指す。」) or a footnote defines a word.
    // A PDF's footnote opens with its superscript number (「¹⁶ 情報モラル:人が情報を扱う上で…」).
    [GeneratedRegex(@"施行|法律|関連法|を指す|^※|^\*|^[⁰¹²³⁴⁵⁶⁷⁸⁹]")]
    private static partial Regex Enacted();
}
