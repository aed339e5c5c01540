using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Topics.English;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// Decides which topic dialog a message belongs to. Pure: the same text, knowledge and previous topic give the
/// same route, so routing is tested without a conversation.
/// </summary>
public static partial class TopicRouter
{
    /// <summary>The <see cref="Route.SubTopic"/> of an acknowledgement that thanks.</summary>
    public const string ThanksSubTopic = "thanks";

    // A follow-up is short: a message longer than this is a question of its own.
    private const int MaxFollowUpLength = 30;

    // A follow-up that names nothing (「誰がやるの？」) is shorter still.
    private const int MaxBareFollowUpLength = 15;

    // Routes read per knowledge generation, by text and previous topic (about a tenth of a turn's CPU in routing, asked
    // up to three times a turn, of messages residents send again and again). A generation's knowledge is never changed,
    // and routing is pure, so a kept route is the one reading it again would give.
    private const int KeptRoutes = 4096;
    private static readonly ConditionalWeakTable<KnowledgeBase, TextMemo<(string Text, string? PreviousTopic), Route>> KeptRoutesOf = new();

    public static Route Route(string text, KnowledgeBase knowledge, string? previousTopic) =>
        KeptRoutesOf.GetValue(knowledge, static _ => new(KeptRoutes))
            .Get((text, previousTopic), text.Length, knowledge, static (key, knowledge) => RouteAnew(key.Text, knowledge, key.PreviousTopic));

    /// <summary>
    /// Whether the message asks whether the counter stays beside the online way (<see cref="RouterVocabulary.ChannelChoiceWords"/>),
    /// read without spaces: a message typed in kana is spaced by words (「まどぐちは なくなるのですか」).
    /// </summary>
    public static bool AsksWhetherTheCounterStays(string normalizedText) =>
        TextNormalizer.ContainsAny(normalizedText.Replace(" ", "", StringComparison.Ordinal), RouterVocabulary.ChannelChoiceWords);

    private static Route RouteAnew(string text, KnowledgeBase knowledge, string? previousTopic)
    {
        var normalized = TextNormalizer.Normalize(text);
        var mentionedCity = FindCity(normalized, knowledge);

        foreach (var (command, words) in RouterVocabulary.AdminCommands)
        {
            if (words.Contains(normalized))
            {
                return new Route(RouteKind.Admin, command);
            }
        }

        if (ImportedCity(normalized, knowledge) is { } importCity)
        {
            return new Route(RouteKind.Admin, "import", MentionedCityId: importCity);
        }

        if (IsOnlyCityName(normalized, knowledge) || TextNormalizer.ContainsAny(normalized, RouterVocabulary.ChangeCityWords))
        {
            return new Route(RouteKind.ChangeCity, MentionedCityId: mentionedCity);
        }

        if (normalized.Length == 0 || RouterVocabulary.MenuWords.Contains(normalized))
        {
            return new Route(RouteKind.Menu, MentionedCityId: mentionedCity);
        }

        if (IsAcknowledgement(normalized, out var thanks))
        {
            return new Route(RouteKind.Acknowledgement, thanks ? ThanksSubTopic : null);
        }

        // English, and what follows in an English conversation until Japanese is written (「PIN?」 alone is one word).
        if (EnglishDetector.IsEnglish(normalized) || (previousTopic == nameof(RouteKind.English) && !EnglishDetector.HasJapanese(normalized)))
        {
            return new Route(RouteKind.English, MentionedCityId: mentionedCity ?? EnglishMatcher.FindCity(normalized, knowledge.English));
        }

        // 「マイナンバーカードでオンライン申請できる手続き」 asks which procedures, with the card as the means: not the card's own application.
        var cardTopic = FindAskedCardTopic(normalized);
        var cardAsMeans = CardAsMeans().IsMatch(normalized)
            && (normalized.Contains("手続", StringComparison.Ordinal) || TextNormalizer.ContainsAny(normalized, RouterVocabulary.OnlineWords))
            && cardTopic is null or "申請";
        // 「罹災証明書の申請は家からスマホでできる？…マイナンバーカードは去年作りました。」: a long message asking about a
        // procedure names the card only in its story (what the resident has), not as what is asked.
        var asked = normalized.Length >= LongMessage.MinLength ? LongMessage.Questions(normalized) : null;
        // So does one asking for help with a device (「…スマホの使い方を教えてくれるような取組はありますか？母はマイナンバー
        // カードもまだ持っていません。」).
        var cardOnlyInStory = asked is not null && !TextNormalizer.ContainsAny(asked, RouterVocabulary.CardWords) && !NamesTheCardShortly(asked)
            && (FindProcedures(asked, knowledge).Count > 0
                || (TextNormalizer.ContainsAny(asked, RouterVocabulary.HelpRequestWords) && TextNormalizer.ContainsAny(asked, RouterVocabulary.HandheldDeviceWords)));
        var mentionsCard = !cardAsMeans && !cardOnlyInStory && (TextNormalizer.ContainsAny(normalized, RouterVocabulary.CardWords) || NamesTheCardShortly(normalized));
        if (TextNormalizer.ContainsAny(normalized, RouterVocabulary.PlanWords)
            || TextNormalizer.ContainsAny(normalized, RouterVocabulary.DefinitionWords) || AsksWhatItIs().IsMatch(normalized)
            || AnswerKind.AsksLiveState(normalized))
        {
            return new Route(RouteKind.Knowledge, MentionedCityId: mentionedCity, FollowUpKind: mentionsCard ? RouteKind.MyNumberCard : null);
        }

        // 「マイナカードとか電子申請とかが増えると、個人情報がもれないか心配」 asks whether it is safe; 電子申請 holds the
        // application topic's word, but no how-to answers that. Nor does any answer what holding the card brings.
        if (mentionsCard && (TextNormalizer.ContainsAny(normalized, RouterVocabulary.SafetyWords)
            || (cardTopic is null && TextNormalizer.ContainsAny(normalized.Replace(" ", "", StringComparison.Ordinal), RouterVocabulary.CardKnowledgeWords))))
        {
            return new Route(RouteKind.Knowledge, MentionedCityId: mentionedCity, FollowUpKind: RouteKind.MyNumberCard);
        }

        if (mentionsCard && cardTopic is null
            && (NamesSomethingBesides(normalized, knowledge, RouterVocabulary.CardWords) || AnswerKind.IsAboutThePlan(normalized)
                || TextNormalizer.ContainsAny(normalized, RouterVocabulary.HelpRequestWords)))
        {
            // 「マイナンバーカードの写真って市役所で撮ってもらえる？」 is no menu topic but a question the knowledge may answer,
            // and so is what the city does about the card (「作りやすくするために何かしてくれるの？」); a follow-up
            // (「なくしたら？」) still continues the card.
            return new Route(RouteKind.Knowledge, MentionedCityId: mentionedCity, FollowUpKind: RouteKind.MyNumberCard);
        }

        // What the city does about a step of the card (「受け取りってめっちゃ待たされるって聞いたけど、市はなんか対策してるの？」)
        // is its plan's, not the national guide to that step.
        if (mentionsCard && cardTopic is not null && TextNormalizer.ContainsAny(normalized, RouterVocabulary.CityMeasureWords))
        {
            return new Route(RouteKind.Knowledge, MentionedCityId: mentionedCity, FollowUpKind: RouteKind.MyNumberCard);
        }

        // Whether a step of the card can be done at the weekend or at night (「受け取るとき、土日も対応してもらえますか」) is
        // the card dialog's, which says whether any guide or the city's plan states it: the search would take the
        // city's 24時間365日 online procedures for the counter's days.
        if (mentionsCard && AnswerKind.AsksForAFact(normalized) && !(cardTopic is not null && AnswerKind.AsksOnlyWhenOpen(normalized)))
        {
            // 「土日に受け取れる日、次はいつ？」 asks a fact the card's guides may not state: only an entry stating it answers.
            return new Route(RouteKind.Knowledge, MentionedCityId: mentionedCity, FollowUpKind: RouteKind.MyNumberCard);
        }

        if (mentionsCard || (cardTopic is not null && previousTopic == nameof(RouteKind.MyNumberCard) && normalized.Length <= 20))
        {
            return new Route(RouteKind.MyNumberCard, cardTopic, MentionedCityId: mentionedCity);
        }

        // 「父がスマホに変えたけど使い方がさっぱり」: a device and a struggle with it, in the resident's own words.
        // 「スマホで困ってる」 struggles with the device; 「スマホで申請できない」 asks about a procedure, and
        // 「ネットでトラブルにあわないか」 about the internet, not a device. Help asked for with a device (「母がスマホを全然
        // 使いきらん…オンラインの申請とか無理…市で手伝ってくれる？」) is the support programmes whatever the story names.
        // Typed in kana with spaces between words (「すまほで てつづき… てつだって もらえますか」), read without them.
        var unspaced = normalized.Replace(" ", "", StringComparison.Ordinal);
        // Help asked for someone lost with online procedures (「母がオンラインの手続きのやり方が全然わからなくて。手伝って
        // くれるところは？」) is the same support, with no device named.
        // Of a long message, help asked in its question (not 「電話で手伝ってもらえば何とかスマホは使えます」 in its story).
        // 「カードとかスマホで払えるようになるだら？どうなっとるだか教えてくれん？」 asks to be told about paying, not for help.
        var asksHelpWithADevice = TextNormalizer.ContainsAny(asked?.Replace(" ", "", StringComparison.Ordinal) ?? unspaced, RouterVocabulary.HelpRequestWords)
            && !TextNormalizer.ContainsAny(unspaced, RouterVocabulary.PaymentWords)
            && (TextNormalizer.ContainsAny(unspaced, RouterVocabulary.HandheldDeviceWords)
                || (TextNormalizer.ContainsAny(unspaced, RouterVocabulary.StruggleWords) && TextNormalizer.ContainsAny(unspaced, RouterVocabulary.OnlineWords)));
        // A long message's story names a device and a worry apart (「スマホのアプリを作れないか…勝手に使って怒られたら困る」):
        // the struggle with the device is told in one of its sentences.
        var needsHelpWithADevice = asksHelpWithADevice
            || (TextNormalizer.ContainsAny(normalized, RouterVocabulary.DeviceWords)
                && TextNormalizer.ContainsAny(normalized, RouterVocabulary.StruggleWords)
                && (asked is null || StorySentence().Split(normalized).Any(s => TextNormalizer.ContainsAny(s, RouterVocabulary.DeviceWords) && TextNormalizer.ContainsAny(s, RouterVocabulary.StruggleWords)))
                && !TextNormalizer.ContainsAny(normalized, RouterVocabulary.ProcedureWords)
                && !TextNormalizer.ContainsAny(normalized, RouterVocabulary.PaymentWords)
                && !TextNormalizer.ContainsAny(normalized, RouterVocabulary.OnlineWords.Where(w => !RouterVocabulary.DeviceWords.Any(d => d != "ネット" && w.StartsWith(d, StringComparison.Ordinal)))));
        if ((needsHelpWithADevice || NamesSupport(normalized, asked))
            && !TextNormalizer.ContainsAny(normalized, RouterVocabulary.SchoolWords)
            && !AsksWhetherTheCounterStays(normalized))
        {
            // The programs list states no fee or opening time (「スマホ教室の参加費はいくら？」): only an entry that states
            // one may answer that (AnswerKind), else the bot gives the contact. Nor a fact checked before the help is asked
            // (「高齢者ってスマホを使ってる人が少ないんですか？市は何か手伝ってくれますか？」): the fact's entry, then the help's.
            return new Route(AnswerKind.AsksForAFactBesidesTheNextDate(normalized) || PairedQuestion.MeasureOfTheFact(text) is not null ? RouteKind.Knowledge : RouteKind.SupportSessions, MentionedCityId: mentionedCity);
        }

        // What the plans name in their own terms, described in a resident's words (「保育園休むとき、電話じゃなくてスマホで
        // 連絡できる？」 is their 欠席連絡, 「保育園のお便り、データでもらえる？」 their 配布書類のデータ化): the knowledge
        // answers it, not the online status of the procedure the message names by the way (保育園's applications).
        if (PlanTerms.Describes(normalized.Replace(" ", "", StringComparison.Ordinal)))
        {
            return new Route(RouteKind.Knowledge, MentionedCityId: mentionedCity);
        }

        var procedures = FindProcedures(normalized, knowledge);
        var asksOtherThanOnline = TextNormalizer.ContainsAny(normalized, RouterVocabulary.NotAboutOnlineWords)
            && !TextNormalizer.ContainsAny(normalized, RouterVocabulary.OnlineWords);
        // A long message tells more than its question (「先月戻ってきました…児童手当とか保育園とか」): what it names
        // besides the procedures is its story, so procedures asked about online are answered as such. One long sentence
        // that is all question (「保育園を休むとき電話じゃなくてスマホで連絡できるように…」) tells no story apart.
        var fromTheQuestion = normalized.Length >= LongMessage.MinLength && TextNormalizer.ContainsAny(normalized, RouterVocabulary.OnlineWords)
            ? LongMessage.FromTheQuestion(normalized)
            : null;
        // Paying is asked about only as a procedure of its own (自動車税の申告納付), not as the way an application is done.
        var asksToPay = TextNormalizer.ContainsAny(normalized, RouterVocabulary.PaymentWords)
            && !procedures.Any(p => TextNormalizer.ContainsAny(TextNormalizer.Normalize(p.Name), RouterVocabulary.PaymentWords));
        if (procedures.Count > 0 && !asksOtherThanOnline && !asksToPay
            && (fromTheQuestion is not null
                ? !NamedOnlyInTheStory(fromTheQuestion, procedures, knowledge) && !NamesAPoliteNoun(fromTheQuestion, procedures, knowledge)
                : !SaysMoreThan(normalized, procedures, knowledge)))
        {
            return new Route(RouteKind.OnlineProcedures, ProcedureIds: procedures.Select(p => p.Id).ToList(), MentionedCityId: mentionedCity);
        }

        var aboutProcedures = TextNormalizer.ContainsAny(normalized, RouterVocabulary.OnlineWords) || normalized.Contains("手続", StringComparison.Ordinal);
        // 「保育料とか市に払うお金、ネットで払える？」 asks about paying, not the group's applications.
        // Of a long message, the group its question names, or the story's when the question names nothing of its own
        // (「母の介護の申請で何回も通いました。こういう手続き家からできるようにしてますか？」): 「…介護の仕事をしています…
        // コンビニで住民票が取れるのでしょうか」 works in care, and asks about a certificate.
        if (procedures.Count == 0 && aboutProcedures && !asksToPay
            && AskedCategory(asked ?? normalized, normalized, knowledge) is { } category)
        {
            // 「子育ての手続きはオンラインでできる？」: the category's procedures, answered as a group.
            var ids = knowledge.Procedures.Where(p => p.Category == category).Select(p => p.Id).ToList();
            return new Route(RouteKind.OnlineProcedures, ProcedureIds: ids, MentionedCityId: mentionedCity);
        }

        // 「窓口で手続きしたい。全部オンラインだけになっちゃうの？」 asks whether the counter stays, not which procedures go online.
        if (TextNormalizer.ContainsAny(normalized, RouterVocabulary.OnlineWords)
            && NamesNoParticularThing(normalized, knowledge)
            && !TextNormalizer.ContainsAny(normalized, RouterVocabulary.ParticularQuestionWords)
            && !AsksWhetherTheCounterStays(normalized))
        {
            return new Route(RouteKind.OnlineProcedures, MentionedCityId: mentionedCity);
        }

        return new Route(RouteKind.Knowledge, MentionedCityId: mentionedCity);
    }

    /// <summary>
    /// The message with a bare 「カード」 (「カードっていつまでにみんなに行き渡らせるの？」) named as the My Number card it
    /// means here, so the search finds the card's entries and not every entry that says カード; a card paid with
    /// (「カードとかQRで払える？」) is a credit card, and is named so where paying follows it at once (「カード払いすると手数料
    /// はいくら？」), or the card's fee would answer.
    /// </summary>
    public static string NameTheCard(string text) =>
        TextNormalizer.ContainsAny(text, RouterVocabulary.PaymentWords) ? PaidCard().Replace(text, "クレジットカード") : ShortCard().Replace(text, "${before}マイナンバーカード");

    /// <summary>
    /// 「カードをなくしました」「マイナンバーのカードの更新」: in this bot a card that is lost, renewed or picked up is the My
    /// Number card. Not 「カード使える？」 nor 「カードとかスマホで払えるようにならんかね」 (paying by card), nor another card
    /// named before it (図書館カード, クレジットカード).
    /// </summary>
    private static bool NamesTheCardShortly(string normalized) =>
        BareCard().IsMatch(normalized) && !CardAsPayment().IsMatch(normalized) && FindCardTopic(normalized) is { } topic && topic != "使いみち";

    /// <summary>「ありがとうございました！」「了解です」: nothing to search for. A thank-you that also asks something is a question.</summary>
    private static bool IsAcknowledgement(string normalizedText, out bool thanks)
    {
        var bare = Acknowledgement().Replace(normalizedText, "");
        thanks = bare.Length <= MaxBareFollowUpLength
            && TextNormalizer.ContainsAny(bare, RouterVocabulary.ThanksWords)
            && !IsQuestion().IsMatch(bare.Replace("どうも", "", StringComparison.Ordinal));
        return thanks || RouterVocabulary.AcknowledgementWords.Contains(bare);
    }

    /// <summary>
    /// The card topic a message asks about: in a long message, the one its questions name before any its story names
    /// (「フェリーの予約も取りにくい時期なので」 tells when, it does not ask how to receive the card).
    /// </summary>
    private static string? FindAskedCardTopic(string normalized) =>
        (normalized.Length >= LongMessage.MinLength ? FindCardTopic(LongMessage.AskingPart(normalized)) : null) ?? FindCardTopic(normalized);

    public static string? FindCardTopic(string normalizedText)
    {
        // 「取りにくい」 is "hard to get" (a ferry seat), not 「取りに行く」.
        var text = HardToGet().Replace(normalizedText, "");
        foreach (var (topic, words) in RouterVocabulary.CardTopics)
        {
            if (TextNormalizer.ContainsAny(text, words))
            {
                return topic;
            }
        }

        return null;
    }

    /// <summary>
    /// The catalog procedures the text names. Each procedure scores the length of its names found in the text
    /// (a name inside another found one not counted twice); the best score wins, and a tie (「児童手当」 alone names
    /// ten procedures) returns them all, to be answered as a group.
    /// </summary>
    public static IReadOnlyList<Procedure> FindProcedures(string normalizedText, KnowledgeBase knowledge)
    {
        var best = new List<Procedure>();
        var bestScore = 0;
        var names = KnowledgeWords.Of(knowledge);
        foreach (var procedure in knowledge.Procedures)
        {
            // Most procedures name nothing in the message: no list is made for them (this runs for every procedure of every message).
            List<string>? found = null;
            var words = names.WordsOf(procedure);
            for (var i = 0; i < words.Count; i++)
            {
                if (normalizedText.Contains(words[i], StringComparison.Ordinal))
                {
                    (found ??= []).Add(words[i]);
                }
            }

            var score = found is null ? 0 : Score(found);
            if (score > bestScore)
            {
                best = [procedure];
                bestScore = score;
            }
            else if (score == bestScore && score > 0)
            {
                best.Add(procedure);
            }
        }

        return best;
    }

    /// <summary>The length of the words found that no longer word found holds (マイナンバーカード, not also カード).</summary>
    private static int Score(List<string> found)
    {
        // A loop, not a query over the list: a lambda capturing it made a closure per procedure of every message.
        var score = 0;
        foreach (var word in found)
        {
            var held = false;
            foreach (var other in found)
            {
                if (other.Length > word.Length && other.Contains(word, StringComparison.Ordinal))
                {
                    held = true;
                    break;
                }
            }

            score += held ? 0 : word.Length;
        }

        return score;
    }

    /// <summary>
    /// The category a message asks about: the one its question names, or a long message's story's when the question names
    /// nothing of its own; none when the question names something besides the group (「住民票をコンビニで…介護保険の手続きも」).
    /// </summary>
    private static string? AskedCategory(string asked, string normalized, KnowledgeBase knowledge)
    {
        var category = FindCategory(asked, knowledge);
        var besides = SaysMoreThan(TextNormalizer.Without(asked, category is null ? [] : [category, category[..2]]), [.. knowledge.Procedures.Where(p => p.Category == category)], knowledge);
        return besides ? null : category ?? FindCategory(normalized, knowledge);
    }

    /// <summary>The procedure category (子育て, 介護, 被災者支援, 自動車保有) the text names, by its name or its first word.</summary>
    public static string? FindCategory(string normalizedText, KnowledgeBase knowledge) =>
        knowledge.Procedures.Select(p => p.Category).Distinct()
            .FirstOrDefault(c => c.Length >= 2 && (normalizedText.Contains(c, StringComparison.Ordinal) || (c.Length > 3 && normalizedText.Contains(c[..^2], StringComparison.Ordinal))));

    /// <summary>
    /// The city of 「インポート handa」/「import 半田市」: a city id as typed (a city created since the last reindex is not
    /// known yet; the importer checks its folder) or a city's name. Null for anything else.
    /// </summary>
    private static string? ImportedCity(string normalized, KnowledgeBase knowledge)
    {
        foreach (var word in RouterVocabulary.ImportWords)
        {
            if (normalized.StartsWith(word + " ", StringComparison.Ordinal))
            {
                var rest = normalized[(word.Length + 1)..].Trim();
                return CityIdAsTyped().IsMatch(rest) ? rest : FindCity(rest, knowledge);
            }
        }

        return null;
    }

    public static string? FindCity(string normalizedText, KnowledgeBase knowledge)
    {
        foreach (var (id, words, _) in KnowledgeWords.Of(knowledge).Cities)
        {
            if (words.Any(w => normalizedText.Contains(w, StringComparison.Ordinal)))
            {
                return id;
            }
        }

        return null;
    }

    private static bool IsOnlyCityName(string normalizedText, KnowledgeBase knowledge)
    {
        var stripped = CityAnswerSuffix().Replace(normalizedText, "");
        return KnowledgeWords.Of(knowledge).Cities.Any(city => city.Words.Contains(stripped) || city.NormalizedId == stripped);
    }

    /// <summary>
    /// The text a message stands for: a short follow-up that points back (「それってどこがやってくれるの？」) is read
    /// together with the question before it, so it is routed and searched with what 「それ」 refers to.
    /// </summary>
    public static string WithContext(string text, string? previousQuestion)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (previousQuestion is not { Length: > 0 } || normalized.Length > MaxFollowUpLength)
        {
            return text;
        }

        // 「それってどこがやるの？」 points back; 「誰がやってくれるの？」 asks about the last answer without naming anything.
        var asksAboutTheLastAnswer = PointsBack().IsMatch(normalized)
            || (normalized.Length <= MaxBareFollowUpLength && IsQuestion().IsMatch(normalized) && TextNormalizer.MeaningfulLength(normalized) < 2);
        return asksAboutTheLastAnswer ? $"{previousQuestion} {text}" : text;
    }

    // What is asked about a subject, not a subject: 「スケジュールは？」 after 「テレワークの取組は？」 asks the telework schedule.
    private static readonly HashSet<string> AspectWords = new(StringComparer.Ordinal)
    {
        "スケジュール", "日程", "予定", "目標", "目標値", "期限", "予算", "費用", "担当", "対象", "場所", "方法", "内容", "課題", "効果", "理由",
        "時期", "kpi", "kgi", "現状", "現状値", "基準", "実績", "取組", "取り組み", "背景", "目的", "具体例", "詳細", "成果", "指標",
        // How many, of the subject just answered (「スタート時点では何人だったの？」).
        "何人", "何件", "何%",
    };

    // What a follow-up wraps its question in, besides its subject: the slots' words, the fillers and the aspects (成果 of
    // 「で、成果目標は？」). After AspectWords, which it holds: static fields are initialised in order.
    private static readonly string[] NamingNoSubject = [.. FollowUpSlots.AllWords, .. RouterVocabulary.FollowUpFillers, .. AspectWords];

    /// <summary>What a question is about without the aspect it asks: 「AI・RPAの利用促進」 of 「AI・RPAの利用促進の成果目標は？」.</summary>
    public static string SubjectOf(string question) => TextNormalizer.Without(TextNormalizer.Normalize(question), AspectWords).Trim();

    /// <summary>
    /// Whether a clause asks only an aspect and names no subject of its own (「年度ごとの目標値を確認したい」 after 「SNS登録人数の
    /// 成果目標と、」): it asks of the subject named before it.
    /// </summary>
    public static bool AsksOnlyAnAspect(string clause) =>
        TextNormalizer.MeaningfulWords(TextNormalizer.Without(TextNormalizer.Normalize(clause), NamingNoSubject)).All(w => w.Length < 2);

    /// <summary>
    /// Reads a message against the question before it. Besides the follow-ups <see cref="WithContext"/> recognises, a
    /// short message that asks only an aspect (「手数料はいくら？」「申し込み方法は？」「夜でも大丈夫？」) or narrows a list
    /// (「そのうち子育ては？」) is about the previous subject: it carries the slot it asks so the answer can come from an
    /// entry about that subject, or say that the aspect is not stated.
    /// </summary>
    public static FollowUp ReadFollowUp(string text, string? previousQuestion, string? previousTopic = null)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (previousQuestion is not { Length: > 0 } || normalized.Length > MaxFollowUpLength)
        {
            return new FollowUp(text);
        }

        // The same question again is asked anew (after a staff channel was set up, 「職員に聞く」 can now be offered).
        var previous = TextNormalizer.Normalize(previousQuestion);
        if (normalized == previous)
        {
            return new FollowUp(text);
        }

        // The plan's own period (「いつまでの方針？」「計画期間は？」) is asked of the plan, whatever was answered before: read
        // with the answer's subject, its deadline slot found a measure's target year instead. One pointing back (「その方針は
        // いつまでのもの？」) is read with it, as below.
        if (PlanFacts.AreAsked(normalized) && WithContext(text, previousQuestion) == text)
        {
            return new FollowUp(text);
        }

        var slot = FollowUpSlots.Find(normalized);
        var combined = $"{previousQuestion} {text}";
        // 「マイナンバーカードはいる？」 after a procedure online asks what applying online needs, not for the card's menu.
        if (TextNormalizer.ContainsAny(previous, RouterVocabulary.ProcedureWords) && CardAsMeans().IsMatch(TextNormalizer.Normalize(NameTheCard(text))))
        {
            return new FollowUp(combined);
        }

        if (Narrows().Match(normalized) is { Success: true } narrowing)
        {
            // A list of procedures narrowed (「そのうち介護のは？」) is the procedures of that group, whichever dialog listed
            // them; the earlier question's words (マイナンバーカード, 申請…) would only pull the message to another topic.
            // After a list question the narrowed part is the question (「そのうちフロントヤード改革の具体例は？」), with the
            // list question only as context: read together, the list's 「一覧」 asked for the whole list again. So after a
            // question counting them (「取組事項は全部でいくつ？」 → 「そのうちセキュリティ対策の徹底では具体的に何を？」),
            // unless the narrowed part asks which of them (「そのうち住民の支払いに関係するのはどれ？」): that needs the list.
            return previousTopic == nameof(RouteKind.OnlineProcedures) || previousQuestion.Contains("手続", StringComparison.Ordinal)
                ? new FollowUp($"{normalized[narrowing.Length..]} 手続き")
                : slot is null && (ListAnswer.AsksForAList(previousQuestion) || (CountsItems().IsMatch(previous) && !WhichOfThem().IsMatch(normalized[narrowing.Length..])))
                    && normalized[narrowing.Length..].TrimStart('で', 'の', '、') is { Length: > 0 } narrowed
                    ? new FollowUp(narrowed, Context: previousQuestion)
                    : new FollowUp(combined, slot, previousQuestion);
        }

        if (WithContext(text, previousQuestion) != text)
        {
            return new FollowUp(combined, slot, previousQuestion);
        }

        // 「テレワークは？」 after 「AI・RPAの導入検討のKGIは？」 asks the same of another subject: テレワークのKGI.
        if (slot is null && AnotherSubject().Match(normalized) is { Success: true } other
            && SameAspect().Match(TextNormalizer.Normalize(previousQuestion)) is { Success: true } asked
            && !asked.Groups["subject"].Value.Contains(other.Groups["subject"].Value, StringComparison.Ordinal)
            && !AspectWords.Contains(other.Groups["subject"].Value))
        {
            return new FollowUp($"{other.Groups["subject"].Value}の{asked.Groups["aspect"].Value}は?", Context: previousQuestion);
        }

        if (slot is null)
        {
            return new FollowUp(text, Context: previousQuestion);
        }

        // A word the previous question used names its subject again (「全部で何件くらいの手続きがそうなるの？」 after
        // 「介護保険の手続き、オンラインでできるようになる？」), not a new one. A lone kanji between kana is a verb's stem
        // (試 and 始 of 「お試しで始めたのはいつ？」), no subject.
        var rest = TextNormalizer.Without(normalized, NamingNoSubject);
        var newWords = TextNormalizer.MeaningfulWords(rest).Where(w => w.Length > 1 && !previous.Contains(w, StringComparison.Ordinal)).Sum(w => w.Length);
        return newWords < 2 ? new FollowUp(combined, slot, previousQuestion) : new FollowUp(text, Context: previousQuestion);
    }

    /// <summary>
    /// Whether the message is about the support programmes by their words (講座, 苦手な方, 慣れていない…). In a long
    /// message the word must be in what it asks or said of something digital: 「運転に慣れていないので市役所まで行くのが
    /// 大変です。…コンビニで住民票を取れますか？」 struggles with driving, and asks about the certificate.
    /// </summary>
    /// <param name="asked">What the long message asks (<see cref="LongMessage.Questions"/>), null for a message asking whole.</param>
    private static bool NamesSupport(string normalized, string? asked)
    {
        if (!TextNormalizer.ContainsAny(normalized, RouterVocabulary.SupportWords))
        {
            return false;
        }

        // 「いま電子申請って講座の申し込みくらいしかないって聞いたけど、ほかの手続きもネットでできるように増えますか」:
        // the course is what the resident heard, told before 「けど、」; what they ask is of procedures online.
        if (Premise().Match(normalized) is { Success: true } premise && normalized[(premise.Index + premise.Length)..] is var asking
            && !TextNormalizer.ContainsAny(asking, RouterVocabulary.SupportWords)
            && (TextNormalizer.ContainsAny(asking, RouterVocabulary.ProcedureWords) || TextNormalizer.ContainsAny(asking, RouterVocabulary.OnlineWords)))
        {
            return false;
        }

        if (asked is null || TextNormalizer.ContainsAny(asked, RouterVocabulary.SupportWords))
        {
            return true;
        }

        return StorySentence().Split(normalized).Any(s => TextNormalizer.ContainsAny(s, RouterVocabulary.SupportWords)
            && (TextNormalizer.ContainsAny(s, RouterVocabulary.DeviceWords) || TextNormalizer.ContainsAny(s, RouterVocabulary.OnlineWords)
                || s.Contains("デジタル", StringComparison.Ordinal)));
    }

    /// <summary>True when, once the generic words and city names are removed, nothing is left to search for.</summary>
    private static bool NamesNoParticularThing(string normalizedText, KnowledgeBase knowledge) =>
        !NamesSomethingBesides(normalizedText, knowledge, []);

    private static bool NamesSomethingBesides(string normalizedText, KnowledgeBase knowledge, IEnumerable<string> words) =>
        TextNormalizer.MeaningfulLength(Strip(normalizedText, knowledge, words)) >= 2;

    /// <summary>The text without city names, generic words and the given words, longest first.</summary>
    private static string Strip(string normalizedText, KnowledgeBase knowledge, IEnumerable<string> words) =>
        TextNormalizer.Without(normalizedText, KnowledgeWords.Of(knowledge).AllCityWords.Concat(words).Concat(RouterVocabulary.GenericOnlineWords));

    /// <summary>
    /// 「保育園に電話してもつながらなくて…。園への連絡をネットでできるようにする予定は？」: the procedure is named in the
    /// story before the question, which asks about something else of its own. A question leaning on the story
    /// (「ネットでできますか」) takes the sentence before it, and so the procedure, in; one named after the question
    /// (「…できるものってある？子どもがいるので児童手当のこととか」) says what it asks about. A question pointing back at them
    /// (「母のこういう手続きを、家からスマホで済ませられる？」) asks about the story's procedures, unless it asks what the plan
    /// names in its terms (「こういう手続きを夜とか休みの日にできるように」: 24時間365日) or how far the plan goes.
    /// </summary>
    /// <param name="fromTheQuestion">The message from its question on (<see cref="LongMessage.FromTheQuestion"/>).</param>
    private static bool NamedOnlyInTheStory(string fromTheQuestion, IReadOnlyList<Procedure> procedures, KnowledgeBase knowledge) =>
        !(TheseProcedures().IsMatch(fromTheQuestion) && !PlanTerms.Describes(fromTheQuestion.Replace(" ", "", StringComparison.Ordinal)) && !HowFar().IsMatch(fromTheQuestion))
        && !AsksOnlyWhetherOnline(fromTheQuestion, knowledge)
        && !procedures.SelectMany(KnowledgeWords.Of(knowledge).WordsOf).Any(w => fromTheQuestion.Contains(w, StringComparison.Ordinal));

    /// <summary>
    /// 「罹災証明書が必要だと言われました。…スマホから申請できるようになりますか？」: a question naming nothing but the online
    /// means, and not asking which ones, is asked of what the story named, however many sentences back.
    /// </summary>
    private static bool AsksOnlyWhetherOnline(string fromTheQuestion, KnowledgeBase knowledge) =>
        TextNormalizer.ContainsAny(fromTheQuestion, RouterVocabulary.OnlineWords)
        && !WhichOnes().IsMatch(fromTheQuestion)
        && NamesNoParticularThing(fromTheQuestion, knowledge);

    /// <summary>
    /// True when the message names something besides the procedure, in a word of three or more or a two-character one
    /// an entry is about (「保育園の欠席連絡」, 「保育園を休むとき電話しなくても」 are not the 保育園 application): then a
    /// search answers it better than the procedure's status. Another two-character word (入園 of 「入園の申し込み」) is
    /// the procedure's own.
    /// </summary>
    private static bool SaysMoreThan(string normalizedText, IReadOnlyList<Procedure> procedures, KnowledgeBase knowledge)
    {
        var words = KnowledgeWords.Of(knowledge);
        var stripped = Strip(normalizedText, knowledge, procedures.SelectMany(words.WordsOf));
        return CjkRun().Matches(stripped).Any(m => m.Length >= 3 || (m.Length == 2 && words.ShortKeywords.Contains(m.Value)))
            || TextNormalizer.ContainsAny(stripped, words.PoliteNounKeywords);
    }

    /// <summary>
    /// Whether the message names, beside the procedure, a thing an entry is about that is written お/ご and kana
    /// (「保育園からのお便り…スマホで見られる？」: the letters, not the 保育園 application), which no run of kanji shows.
    /// </summary>
    private static bool NamesAPoliteNoun(string normalizedText, IReadOnlyList<Procedure> procedures, KnowledgeBase knowledge)
    {
        var words = KnowledgeWords.Of(knowledge);
        return TextNormalizer.ContainsAny(Strip(normalizedText, knowledge, procedures.SelectMany(words.WordsOf)), words.PoliteNounKeywords);
    }

    // Punctuation, spaces and emoji-like marks around a thank-you (ありがとう！！, 了解です。).
    [GeneratedRegex(@"[\s。、．，.!！〜~…]+$|^\s+")]
    private static partial Regex Acknowledgement();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9\-]{0,39}$")]
    private static partial Regex CityIdAsTyped();

    [GeneratedRegex(@"[?？]|誰|だれ|どこ|いつ|何|なに|どう|どれ|いくら")]
    private static partial Regex IsQuestion();

    // A message opening with a demonstrative refers to the last answer; その他, これから, それぞれ do not. 「具体的には…」 asks
    // for the particulars of what was just answered; 「終期をそこにした理由は？」 points back from inside.
    [GeneratedRegex(@"^((それ|その|そこ|これ|この|あれ|あの|そっち|こっち)(?!他|ほか|から|ぞれ|うち|まま)|具体的に)|[をにでがは](それ|そこ|その|あれ|あの)(?!他|ほか|から|ぞれ|うち|まま|後|際|場)")]
    private static partial Regex PointsBack();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]+")]
    private static partial Regex CjkRun();

    [GeneratedRegex(@"(こういう|そういう|こういった|そういった|こうした|そうした|これらの|それらの)(手続|申請|届)")]
    private static partial Regex TheseProcedures();

    [GeneratedRegex(@"どのくらい|どれくらい|どれぐらい|どこまで|何割|何%|何パーセント")]
    private static partial Regex HowFar();

    [GeneratedRegex(@"どれ|どの|どっち|どちら")]
    private static partial Regex WhichOfThem();

    // How many items a list has: 「全部でいくつ」「何項目」「いくつありますか」.
    [GeneratedRegex(@"いくつ|何項目|何個|全部で何")]
    private static partial Regex CountsItems();

    // Asking for a list or a choice (「何ができる？」「どんな手続きが？」「ほかには？」), not whether one thing can be done.
    [GeneratedRegex(@"何|なに|なん|どんな|どの|どれ|どういう|ほか|他|一覧|種類|全部|いくつ")]
    private static partial Regex WhichOnes();

    // 「KPIとは？」「DXとは何ですか」「DXってなに？」, not the とは of 「ずっとは」, nor 「って何年」「ってなんで」 (a count, why),
    // nor 「デジタル化ってなにするの」 (what the city does). 「電子申請ってそもそもどういうもの？」 asks what it is too, not
    // 「どんなものがある」 (a list).
    [GeneratedRegex(@"とは(?=$|[?？!！、。\s]|何|なに|なん|どう|どんな)|って(そもそも)?(何|なに|なん)(?![年月日件人回%％時分歳枚個]|で(?!す)|する|やる|して|を)|って(そもそも)?(どういう|どんな|どのような)(もの|物)(?![がをにはも])")]
    private static partial Regex AsksWhatItIs();

    [GeneratedRegex(@"(^|[^\p{L}\p{N}]|マイナンバーの|個人番号の|マイナの)カード")]
    private static partial Regex BareCard();

    // 「カード払い」「カード決済」「カードで払える」: a bare card paid with (not マイナンバーカード, クレジットカード).
    [GeneratedRegex(@"(?<![\p{IsKatakana}ー])カード(?=払|決済|で払|で支払|での支払|での決済)")]
    private static partial Regex PaidCard();

    // 「カード払いすると」「カード決済で」 pay by card whatever follows; 「カードで…払える」 once paying is said.
    [GeneratedRegex(@"カード(払い|払う|払え|決済)|カード(で|でも|とか|や|か)[^。?]{0,8}(払|決済)")]
    private static partial Regex CardAsPayment();

    // 「カード」 alone, at the start or after a break, or 「マイナンバーのカード」, or 「このカード」 (the card the resident
    // holds, 「マイナンバーは…です。このカードで保険証みたいに使える？」): not 「通知カード」「ICカード」 nor 「カードリーダー」.
    [GeneratedRegex(@"(?:(?<before>^|[\s、。,.!?！？「」()（）]|(?<![\p{L}])(この|その))|(?<before>)(?:マイナンバーの|個人番号の|マイナの))カード(?![\p{IsKatakana}ー])")]
    private static partial Regex ShortCard();

    [GeneratedRegex(@"[。!?！？\n]+")]
    private static partial Regex StorySentence();

    // A sentence to its last 「…けど、」: what the resident was told or has; what follows is what they ask. Not only the
    // first (「…とても行けません。ホームページで申請できるのって今は講座の申し込みくらいみたいなんですけど、…」).
    [GeneratedRegex(@"(^|[。!?！？\n])[^。!?！？\n]*(けど|けれど|けども|ですが|ますが)[、,\s]")]
    private static partial Regex Premise();

    [GeneratedRegex("取りにく[いかくけ]")]
    private static partial Regex HardToGet();

    // A bare カード used for a procedure (「子育ての手続きをカードを使ってネットから」) is the card named before; one paid
    // with (「カードで払う」) is not, and is left out.
    // So is the card asked for as what a procedure needs (「罹災証明書のネット申請にマイナンバーカードはいる？」).
    [GeneratedRegex(@"(マイナンバーカード|マイナカード|個人番号カード)(で|を使って|を使い|を使った|を使う|を使えば|があれば|による|(は|が|って)?(いる|いり|要る|要り|必要))|(?<=[をの])カード(を使って|を使い|を使った|で申請|で手続)")]
    internal static partial Regex CardAsMeans();

    // A bare subject asked after a question about one aspect of another (「テレワークは？」「介護のほうは？」), also with
    // only a vague 「どうなってる」 after it (「テレワークのほうはどうなってる？」), which names no aspect of its own.
    [GeneratedRegex(@"^(?<subject>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー・a-z0-9]{2,12})(のほう|の方)?(は|って)(どう(なってる|なっている|なってます|なってますか|なってるの|なの|ですか|でしょうか)?)?[?？]?$")]
    private static partial Regex AnotherSubject();

    // A question about one aspect of a subject: 「AI・RPAの導入検討のKGIは？」 (the aspect the last の names).
    [GeneratedRegex(@"^(?<subject>.+)の(?<aspect>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]{2,8})(は|って|を教えて(ください|下さい|ほしい)?)[?？。]?$")]
    private static partial Regex SameAspect();

    // 「そのうち子育ては？」「その中でスマホでできるのは？」 narrow the list just given.
    [GeneratedRegex(@"^(そのうち|その中|このうち|この中|うち)")]
    private static partial Regex Narrows();

    [GeneratedRegex(@"(です|でお願いします|でお願い|をお願いします|に住んでいます|在住|。|\.|!|！|\s)+$")]
    private static partial Regex CityAnswerSuffix();
}
