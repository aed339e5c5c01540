using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// A long message from a resident (a greeting, their circumstances, the question somewhere in the middle): searched
/// whole, its story outweighs its question, so the sentences that ask are searched first, apart from the story, and
/// the whole only when they find nothing.
/// </summary>
public static partial class LongMessage
{
    /// <summary>Shorter messages are one question; searching a part of them would drop what they ask about.</summary>
    /// <remarks>30 characters: 「住民票取るのに仕事休むの無理…ネットでできる手続き増やすの？」 is already a story and a question.</remarks>
    public const int MinLength = 30;

    // Words that ask what the city intends, does or helps with (「改善される予定ある？」「何かサポートしてますか？」「なんか
    // 対策してる？」) without naming about what: the story before them does.
    private static readonly string[] AsksOfTheStory = [.. RouterVocabulary.IntentionWords, .. RouterVocabulary.CityMeasureWords, .. RouterVocabulary.HelpRequestWords];

    // At most this many sentences before a question that leans on them are taken with it.
    private const int MaxLeanedOn = 2;

    // At most this many asking sentences: a message asking more is answered on its first questions.
    private const int MaxQuestions = 2;

    // Kanji, katakana and Latin characters, in words of two or more, a sentence needs to say on its own what it asks
    // about: 引越し+手続き does, 学校+何+教え (「学校で何か教えてくれる？」) does not.
    private const int MinContent = 4;

    /// <summary>The sentences of a long message that ask something, joined; null when the message is short or asks nothing apart.</summary>
    /// <param name="names">Words that say nothing about what is asked (the cities' names): 「行方市って何か変える予定あるの？」 needs the sentence before it.</param>
    public static string? Questions(string text, IReadOnlyCollection<string>? names = null) =>
        Read(text, names) is { } read ? string.Join(" ", read.Taken.Select(read.Shown)) : null;

    /// <summary>
    /// The questions <see cref="Questions"/> takes that say on their own what they ask, in the message's order; null when
    /// it takes one question or none. Two questions on different subjects (the courses' target, then whether online
    /// procedures are safe) found no entry together; each is answered alone. A question leaning on the story
    /// (「メールでも大丈夫ですか？」) is not: alone it says too little.
    /// </summary>
    public static IReadOnlyList<string>? EachQuestion(string text, IReadOnlyCollection<string>? names = null)
    {
        if (Read(text, names) is not { } read || read.Asking.Count < 2)
        {
            return null;
        }

        var questions = read.Asking.Order()
            .Where(i => !read.Leaning.Contains(i) && !AddsToTheQuestion().IsMatch(read.Sentences[i]))
            .Select(i => read.Sentences[i])
            .ToList();
        return questions.Count > 0 ? questions : null;
    }

    /// <summary>
    /// What the message asks after the last emoji ending a sentence of its story (「…ATMまで走ったっけ💦 御前崎市ってこれから
    /// カードとかスマホ決済で払えるようになるの？」), when it asks on its own; null otherwise. An emoji is dropped when the text
    /// is normalized, so the story and the question would run together as one sentence.
    /// </summary>
    public static string? AfterTheStory(string text)
    {
        var breaks = EmojiBreak().Matches(text);
        if (breaks.Count == 0)
        {
            return null;
        }

        var last = breaks[^1];
        var question = TextNormalizer.Normalize(text[(last.Index + last.Length)..]);
        return AsksSomething(question) && ContentLength(question) >= MinContent ? question : null;
    }

    /// <summary>
    /// The long message from what <see cref="Questions"/> takes to its end: the question and what the resident adds after
    /// it (「…できるものってある？子どもがいるので児童手当のこととか」), without the story told before it, what is said by
    /// the way (「ちなみに…」) nor the story going on after it (「毎回半休を取っています」); null when
    /// <see cref="Questions"/> is.
    /// </summary>
    public static string? FromTheQuestion(string text) =>
        Read(text, null) is { } read
            ? string.Join(" ", [read.Shown(read.Taken.Min), .. read.Sentences.Skip(read.Taken.Min + 1).Where(s => !Aside().IsMatch(s) && (AsksSomething(s) || !Statement().IsMatch(s) || NamesWhatIsAsked().IsMatch(s)))])
            : null;

    // The readings of the messages of the moment, by text and the names set apart (the cities' names of a generation):
    // the router, the main dialog and the answer read the same message, and residents send the same ones again. A
    // reading depends on the text and the names only.
    private static readonly TextMemo<(string Text, IReadOnlyCollection<string>? Names), TakenSentences?> Readings = new(4096);

    private static TakenSentences? Read(string text, IReadOnlyCollection<string>? names) =>
        Readings.Get((text, names), text.Length, 0, static (key, _) => ReadAnew(key.Text, key.Names));

    private static TakenSentences? ReadAnew(string text, IReadOnlyCollection<string>? names)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length < MinLength)
        {
            return null;
        }

        var sentences = Sentences(normalized);
        // 「住所は？」「学校で何か教えてくれる？」 lean on the sentence before them for what they are about, and so does
        // one pointing back to it (「こういうの、デジタル化でなくなりませんか」) or asking only what the city intends
        // (「改善される予定ある？」).
        // The card named as the means (「マイナンバーカードでいけますか？」) says nothing of what is asked with it.
        var leans = sentences
            .Select(s => ContentLength(TextNormalizer.Without(Unnamed(TopicRouter.CardAsMeans().Replace(s, ""), names), AsksOfTheStory)) < MinContent
                || PointsBack().IsMatch(s))
            .ToArray();
        var askedOnItsOwn = Enumerable.Range(0, sentences.Count).Any(i => AsksSomething(sentences[i]) && !AsksOnlyInPassing(sentences[i]) && !leans[i]);

        // The sentences taken, by index: a sentence is taken once even when it both asks and is leaned on.
        var taken = new SortedSet<int>();
        var questions = 0;
        var asking = new HashSet<int>();
        var leaning = new HashSet<int>();
        // 「それで質問なんですが、…」「そこでお尋ねしたいのですが、…」: the resident says where the question starts, and
        // what came before is their story, whatever it happens to ask in passing (「何回か行ったとですが」「どれが…」).
        var start = Math.Max(0, sentences.FindIndex(s => QuestionFollows().IsMatch(s)));
        for (var i = start; i < sentences.Count && questions < MaxQuestions; i++)
        {
            if (!AsksSomething(sentences[i]) || (askedOnItsOwn && AsksOnlyInPassing(sentences[i])))
            {
                continue;
            }

            // 「何かいい方法があれば教えてください。」 after a question asked on its own asks for anything more; the story it
            // would lean on (「フェリーや飛行機の予約も毎回大変で…」) is not what was asked.
            if (leans[i] && questions > 0 && !taken.Contains(i - 1) && AnythingMore().IsMatch(sentences[i]))
            {
                continue;
            }

            if (leans[i] && i > 0)
            {
                leaning.Add(i);
                // Leaning on a sentence that names nothing either (「私が代わりに払うつもりです。これってスマホで払えますか？」)
                // goes one further back, to what the story is about (「母の介護保険料の納付書が届きました。」).
                var j = i - 1;
                taken.Add(j);
                // So does leaning on one that points back itself (「二人とも市からのお知らせに苦労しています。」 after
                // 「父は目が不自由で、母は外国の出身です。」): the people or things it speaks of are named before it.
                // Nor does leaning on how hard it is, its words set aside (「仕事も休まんといかんし大変で…」 after 「要介護認定の
                // 更新のたびに…書類ば出しよる」): 「これってオンラインでできる？」 asks of the thing done, told before the hardship.
                while (j > 0 && i - j < MaxLeanedOn && (ContentLength(Hardship().Replace(WithoutReason(sentences[j]), "")) < MinContent || PointsBack().IsMatch(sentences[j]) || BothOrAll().IsMatch(sentences[j])))
                {
                    taken.Add(--j);
                }
            }

            taken.Add(i);
            asking.Add(i);
            questions++;

            // 「あと公民館とか体育館を借りるのもネットでできたら助かるっちゃけど」 adds to the question it follows, asking
            // or not.
            if (i + 1 < sentences.Count && AddsToTheQuestion().IsMatch(sentences[i + 1]))
            {
                taken.Add(i + 1);
                asking.Add(i + 1);
            }
            // 「市役所の人って在宅勤務とかしてるの？地震とかで役所が止まったら困るんだけど」: the worry about the city's work
            // said right after the question is why it is asked, and what the answer must speak to (the offices kept running
            // in a disaster); a worry of the resident's own days (「人ごみが心配です」) is their story.
            else if (i + 1 < sentences.Count && WorryAfterTheQuestion().IsMatch(sentences[i + 1]) && !Aside().IsMatch(sentences[i + 1])
                && CitysWork().IsMatch(sentences[i + 1]))
            {
                taken.Add(i + 1);
            }
        }

        // 「わたしは がいこくじん です。」: who asks (from abroad, reading little Japanese, seeing or hearing badly) says which
        // help answers the question; the plans name them (外国人, 障害者 among 情報弱者). So does a worry for their personal
        // information, told before the question or after it (「個人情報がもれないか心配です。職員さんは研修とかしてますか？」,
        // 「クラウドを使う方針なんですか？個人情報が心配で…」): the answer must speak to it.
        for (var i = 0; taken.Count > 0 && i < sentences.Count; i++)
        {
            if (WhoAsks().IsMatch(sentences[i]) || InformationWorry().IsMatch(sentences[i]))
            {
                taken.Add(i);
            }
        }

        var read = new TakenSentences(sentences, taken, asking, leaning);
        // The whole message, when every sentence is taken as it is: nothing was set apart from the question.
        return taken.Count == 0 || string.Join(" ", taken.Select(read.Shown)) == string.Join(" ", sentences) ? null : read;
    }

    // A sentence leaned on is taken without the reason told first (「…ので、」); an asking one whole. Leaning: the asking
    // sentences that took the one before them.
    private sealed record TakenSentences(List<string> Sentences, SortedSet<int> Taken, HashSet<int> Asking, HashSet<int> Leaning)
    {
        public string Shown(int index) => Asking.Contains(index) ? Sentences[index] : WithoutReason(Sentences[index]);
    }

    /// <summary>
    /// The long message without what is said by the way after its question (「…どんな感じで進めてるんですか？ちなみに仕事は
    /// リモートです」: the work from home is not what is asked); the text as it is when it is short or says nothing aside.
    /// </summary>
    public static string WithoutAsides(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length < MinLength)
        {
            return text;
        }

        var sentences = Sentences(normalized);
        var kept = sentences.Where(s => !Aside().IsMatch(s)).ToList();
        return kept.Count == sentences.Count || kept.Count == 0 ? text : string.Join(" ", kept);
    }

    /// <summary>
    /// The sentences of a message that ask, joined; the whole message when none does. What a resident tells before
    /// asking (「いつ行っても混んでて待たされる。」) is their story, not the question.
    /// </summary>
    public static string AskingPart(string normalized)
    {
        var parts = askingParts ??= new Dictionary<string, string>(StringComparer.Ordinal);
        if (parts.TryGetValue(normalized, out var part))
        {
            return part;
        }

        var asking = Sentences(normalized).Where(AsksSomething).ToList();
        part = asking.Count == 0 ? normalized : string.Join(" ", asking);
        if (parts.Count >= MaxKept)
        {
            parts.Clear();
        }

        parts[normalized] = part;
        return part;
    }

    // The asking parts and the sentences' readings this thread made lately, at most MaxKept of each (then they start
    // again): a turn reads one message's sentences many times over — the router's and the answer's readings, with and
    // without the cities' names, and the asking part that the answer kinds (for each candidate entry), the plan's terms
    // and the indicators each take — and both depend on the text alone.
    private const int MaxKept = 64;

    [ThreadStatic]
    private static Dictionary<string, string>? askingParts;

    [ThreadStatic]
    private static Dictionary<string, (bool Asks, bool? OnlyInPassing)>? sentenceReadings;

    private static List<string> Sentences(string normalized) =>
        SentenceEnd().Split(normalized).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    // 「何度も書かされて大変でした」「何回も書かされて」「何枚も書いて」 tell a story: 何度も is "again and again", 何回も
    // "many times", not question words. A short question after such a sentence (「改善される予定ある？」) leans on it.
    private static bool AsksSomething(string sentence)
    {
        var readings = sentenceReadings ??= new Dictionary<string, (bool, bool?)>(StringComparer.Ordinal);
        if (readings.TryGetValue(sentence, out var reading))
        {
            return reading.Asks;
        }

        var asks = Asks().IsMatch(Counting().Replace(AgainAndAgain().Replace(sentence, ""), ""));
        if (readings.Count >= MaxKept)
        {
            readings.Clear();
        }

        readings[sentence] = (asks, null);
        return asks;
    }

    // 「年寄りにも分かるように教えてください」 asks how to be told, not what: taken only when no question of the message
    // says on its own what it asks.
    private static bool AsksOnlyInPassing(string sentence)
    {
        var readings = sentenceReadings ??= new Dictionary<string, (bool, bool?)>(StringComparer.Ordinal);
        if (readings.TryGetValue(sentence, out var reading) && reading.OnlyInPassing is { } known)
        {
            return known;
        }

        var onlyInPassing = !Asks().IsMatch(HowToBeTold().Replace(sentence, ""));
        // AsksSomething keeps the sentence's entry (making room if need be), which this completes.
        readings[sentence] = (AsksSomething(sentence), onlyInPassing);
        return onlyInPassing;
    }

    /// <summary>
    /// A sentence leaned on for what a question is about, without the reason the resident gives first (「車がないので、」):
    /// that is their story, and its words (車) pulled the search to entries about cars.
    /// </summary>
    private static string WithoutReason(string sentence)
    {
        var reason = Reason().Match(sentence);
        var rest = reason.Success ? sentence[(reason.Index + reason.Length)..] : sentence;
        return ContentLength(rest) >= MinContent ? rest : sentence;
    }

    [GeneratedRegex(@"外国人|外国籍|外国の出身|がいこくじん|日本語が(苦手|わから|読め|難し|むずかし|まだ|よく)|にほんごが|目が(見えにく|不自由|悪)|目の不自由|視覚|耳が(聞こえ|遠|不自由)|障害|障がい")]
    private static partial Regex WhoAsks();

    [GeneratedRegex(@"(個人情報|情報が(もれ|漏れ)|漏えい|漏洩|流出|プライバシー|セキュリティ).*(心配|不安|怖|こわ)")]
    private static partial Regex InformationWorry();

    // The cities' names say nothing of what is asked (「行方市って何か変える予定あるの？」).
    private static string Unnamed(string sentence, IReadOnlyCollection<string>? names) =>
        names is null ? sentence : TextNormalizer.Without(sentence, names);

    /// <summary>The characters of the sentence's words of two or more kanji, katakana or Latin letters.</summary>
    private static int ContentLength(string sentence) => Content().Matches(sentence).Where(m => m.Length >= 2).Sum(m => m.Length);

    [GeneratedRegex(@"^.*?(ので|から|けど|けれど|ため)、")]
    private static partial Regex Reason();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]+")]
    private static partial Regex Content();

    // 「いつ行っても混んでる」 is "whenever", no question of when; 「いつもお世話に」 "always" and 「本当に困って」 "really"
    // ask nothing either.
    // 「どうにも苦手」「どうしても平日に」「何とか使える」「何回か行った」「何となく抵抗がある」「何をするにも不便」 ask nothing either,
    // nor do 「どこかの会社から漏れた」「何もできない」「何でもスマホで」「誰かに頼む」 (somewhere, nothing, anything, someone),
    // nor a worry about what will come (「収穫がどうなるか心配しながら」「いつ来るか不安で」), nor nowhere, to nobody
    // (「車がないとどこにも行けない」「誰にも聞けない」).
    [GeneratedRegex(@"(どう|いつ|どこ|何|なに)[^、。?\s]{0,6}?か(心配|不安)|どこか(?=[のでにへから])|(どこ|誰|だれ|何|なん)(に|へ)も|何でも|なんでも|何も|なにも|誰も|だれも|誰か|だれか|何度も|いつ[^、。?\s]{0,5}?ても|いつも|本当に|どうにも|どうしても|どうも|どうぞ|何とか|なんとか|何となく|なんとなく|何(回|度|日|年|人)か(?![?？])|何を(する|やる)にも|何をしても|何をやっても")]
    private static partial Regex AgainAndAgain();

    // 「保育園関係の書類も多く、毎回半休を取っています。」 after the question goes on with the story; 「児童手当のこととか」
    // says what the question is about.
    [GeneratedRegex(@"(ます|です|ました|でした|ません|ている|ていた|てる|だった)$")]
    private static partial Regex Statement();

    // 「児童手当のこととかも気になってます」「子ども関係の手続きがメインです」: a statement naming what the question is about.
    [GeneratedRegex(@"とか|のこと|気にな|メイン|中心|について")]
    private static partial Regex NamesWhatIsAsked();

    // A worry that ends the sentence: 「…止まったら困るんだけど」「…漏れないか心配です」.
    [GeneratedRegex(@"(困る|困ります|心配|不安)(んだけど|んですけど|んです|です|だけど|けど|なんだけど|なんです)?[\s~〜ー]*$")]
    private static partial Regex WorryAfterTheQuestion();

    [GeneratedRegex(@"役所|役場|窓口|手続|行政|個人情報")]
    private static partial Regex CitysWork();

    // 「ちなみに保育園の欠席連絡も大変でした」: said by the way, after the question; it does not say what is asked.
    [GeneratedRegex(@"^\s*(ちなみに|余談ですが|余談だけど|話は変わりますが|関係ないですが|関係ないけど)")]
    private static partial Regex Aside();

    // Where the resident announces the question: 「質問なんですが、」「お尋ねしたいのですが、」「聞きたいとですが、」
    // (dialect), 「お聞きしたいことがあります。」, 「そこで気になったのですが、」.
    [GeneratedRegex(@"(質問|気になった|お?尋ねしたい|たずねしたい|聞きたい|ききたい|お?聞きしたい|お?伺いしたい|うかがいしたい|伺いたい|教えてほしい|教えて欲しい|教えていただきたい|知りたい)(こと|の|ん|と|なん|なの)?(です|だ|があります|があって)?(が|けど|けれど|けども)?[、,\s]|(質問|お?聞きしたいこと|お?尋ねしたいこと|伺いたいこと)が(あります|あるの|あって)|本題")]
    private static partial Regex QuestionFollows();

    // 「…どう位置付けてる？育成方法も」: a bare noun with も after the question adds to it as well.
    [GeneratedRegex(@"^\s*(あと|それと|それから|ついでに)[、,\s]?[^、,\s]{1,30}?も|^\s*[^、,。\s]{2,20}も(お願いします|お願い|教えて(ください)?|知りたいです|知りたい)?[\s!！]*$")]
    private static partial Regex AddsToTheQuestion();

    // 「何かいい方法があれば教えてください」「アドバイスをいただけると」: anything more, not a question of its own.
    [GeneratedRegex(@"(何か|なにか)[^、。?]{0,10}(あれば|ありましたら|あったら)|いい方法|良い方法|よい方法|アドバイス")]
    private static partial Regex AnythingMore();

    [GeneratedRegex(@"何(回|枚|件|日|時間|か所|箇所)も")]
    private static partial Regex Counting();

    [GeneratedRegex(@"[^、。?\s]*(分かる|わかる|理解できる)ように教えて(ください|下さい|ほしい|欲しい|もらえ[^、。?\s]*)?|(分かりやすく|わかりやすく|簡単に|かんたんに|やさしく|易しく|ざっくり)教えて(ください|下さい|ほしい|欲しい)?")]
    private static partial Regex HowToBeTold();

    // Emoji (surrogate pairs, or the symbols block with its variation selector) and the space after them.
    [GeneratedRegex(@"(\p{Cs}|[\u2600-\u27BF\uFE0F])+\s+")]
    private static partial Regex EmojiBreak();

    // A question mark stays with its sentence; a full stop, an exclamation or a line ends one, except inside a quotation
    // (「DXの海原へ、未来を照らす灯りを。」って…: the slogan quoted is part of the question).
    // Normalized text: NFKC has made … into "..." and ？ into "?".
    [GeneratedRegex(@"(?:(?<=[?？])|[。!！\n…]+|\.{2,}|・{2,}|(?<=ます|です|した|ました)[、,]?\s)(?![^「『」』\n]*[」』])")]
    private static partial Regex SentenceEnd();

    // Ends as a question (in dialect too: 「…なんだっぺ」「…だべ」), or asks in words (教えて, 知りたい, どこ, いつ, どんな…,
    // 一覧がほしい).
    [GeneratedRegex(@"[?？]$|(か|かな|かね|の|でしょうか|ますか|ですか|ですよね|っぺ|だべ)[\s~〜ー]*$|教えて|知りたい|どこ|いつ|どう|どんな|何|なに|どれ|ありますか|あるんですか|本当|(一覧|リスト|情報|資料)(が|を)?(ほしい|欲しい)")]
    private static partial Regex Asks();

    // How hard it is, which names nothing asked about: 「仕事も休まんといかんし大変で」 has only 仕事 besides (one naming
    // the procedure, 「手続きで毎回紙に名前を書くのが大変です」, says what is asked about).
    [GeneratedRegex(@"大変|面倒|めんどう|めんどくさ|しんどい|きつい")]
    private static partial Regex Hardship();

    // 「二人とも」「両親とも」「どちらも」「みんな」 at a sentence's start: the people counted were named before.
    [GeneratedRegex(@"^\s*(二人|ふたり|2人|三人|3人|両親|夫婦|親子|どちら|どっち|みんな|皆|全員)(とも|も|共)")]
    private static partial Regex BothOrAll();

    // A sentence pointing back (「こういうの」「これって」「具体的にはどういう意味」「市はこのタブレットを…」) or adding to
    // the one before (「あと公民館を借りるお金も、…」「それと」).
    [GeneratedRegex(@"^\s*(こういう|そういう|こういった|そういった|こんな|そんな|具体的に|(これ|それ)(って|は|も|、)|あと[、,\s]|あと[^、,\s]{1,30}?も[、,]|それと|それから)|[はをにでがも](この|その)(?!他|ほか|後|際|場|まま|うち|ため|とき|時|都度|たび|度)")]
    private static partial Regex PointsBack();
}
