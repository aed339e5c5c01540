using System.Text.RegularExpressions;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// The one to three sentences of an imported passage that answer a question. An imported section is a plan's raw
/// text (often a whole chapter), so its first sentence is rarely the answer: each sentence is scored with the
/// searcher's own coverage (the same folding, synonyms and term weights the search used to find the passage), and
/// the best ones are put first, in the plan's order.
/// </summary>
public static partial class ExtractiveLead
{
    public const int MaxSentences = 3;

    // A further sentence joins the best one only when it answers nearly as well: a weaker one shares a word, not the answer.
    private const double CompanionShare = 0.7;

    // A question asking for a number or a year is answered by the sentence that states one, among those about its subject.
    private const double FigureBonus = 0.15;

    // Asked how far something will go (「これからどれくらい増える？」「目標はいくつ？」), the row the plan labels as its
    // target (「・成果目標 ／ …200手続をオンライン化し…」) answers, above the measure's rows that state other figures
    // (the 27 procedures required by the national plan): as much as two of the aspect's bonuses, and it leads.
    private const double TargetBonus = 2 * AskedAspect.Bonus;

    // A table's caption is a short title line (「対象手続一覧」).
    private const int MaxCaption = 30;

    public static IReadOnlyList<string> For(IKnowledgeSearcher searcher, string question, KnowledgeEntry entry)
    {
        var sentences = AnswerLead.SentencesOf(entry);
        if (sentences.Count < 2 || string.IsNullOrWhiteSpace(question))
        {
            return [];
        }

        var notes = FootnoteSentences(entry.Body);

        var asksFigure = AsksFigure().IsMatch(question);
        // 「どこまで増えるの？」「これから増える？」 ask how far as well, with no figure word.
        var asksTarget = (asksFigure || HowFar().IsMatch(question)) && AsksTarget().IsMatch(question) && !AsksPresent().IsMatch(question);
        var targets = new double[sentences.Count];
        var scores = new double[sentences.Count];
        var aspects = new double[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            if (notes.Contains(sentences[i]))
            {
                continue;
            }

            scores[i] = SentenceCoverage(searcher, question, entry, sentences[i], i);
            if (scores[i] > 0 && asksFigure && Figure().IsMatch(sentences[i]))
            {
                scores[i] += FigureBonus;
            }

            if (scores[i] > 0)
            {
                targets[i] = asksTarget && TargetRow().IsMatch(sentences[i]) && Figure().IsMatch(sentences[i]) ? TargetBonus : 0;
                aspects[i] = AskedAspect.BonusFor(question, sentences[i]) + targets[i];
                scores[i] += aspects[i];
            }
        }

        var best = Array.IndexOf(scores, scores.Max());
        if (scores[best] <= 0)
        {
            // Asked where to learn, a passage found for the resident's situation (「スマホがようわからん…教えてくれるところ
            // はあるかね」) whose sentences share none of the question's words still names its course on a line of its own.
            return CourseLine(question, sentences, notes) is { } only ? [sentences[only]] : [];
        }

        var chosen = new SortedSet<int> { best };
        // A sentence that leans on the one before it (「そのため…」) is read with that one; one adding to it (「また、」)
        // only when that one shares the question's words too, not a law's history the paragraph opened with.
        var leans = best > 0 && LeansBack().IsMatch(sentences[best]) && (!AddsTo().IsMatch(sentences[best]) || scores[best - 1] > 0);
        if (leans)
        {
            chosen.Add(best - 1);
        }

        // When the best sentence names the place asked for, so must a companion: one without it is only about the subject
        // (「オープンデータを有効活用することにより…」) and, being earlier in the plan, would lead the answer.
        var placeAsked = AskedAspect.AnswersWhere(question, sentences[best]);
        foreach (var i in Enumerable.Range(0, sentences.Count)
                     .Where(i => !chosen.Contains(i) && (!placeAsked || AskedAspect.AnswersWhere(question, sentences[i])))
                     .OrderByDescending(i => scores[i]))
        {
            // The target's bonus ranks the row first; companions are measured against what it covers, not against that.
            if (chosen.Count >= MaxSentences || scores[i] < (scores[best] - targets[best]) * CompanionShare)
            {
                break;
            }

            chosen.Add(i);
        }

        // A later sentence of a table's row (its 効果 cell: 「／ ・オンライン申請など…引越しワンストップサービス導入による…」)
        // does not say what the row is about: the row's opening (「・2 ／ マイナンバーカードの普及促進 ／ …」) names it, and
        // comes with it, as a reader sees the row's first cells beside the one read: besides the companions, not in place of one.
        var rowStart = RowStartOf(entry.Body, sentences, best);
        if (rowStart is { } start)
        {
            chosen.Add(start);
        }

        // A table's row (「・児童手当等の額の改定の請求 ／ 保育施設等の現況届」) says nothing of what the table is: the
        // sentence introducing it (「…以下の31手続を対象として…マイナポータルを活用したオンライン化を進める。」) does.
        if (TableIntro(sentences, best) is { } intro && scores[intro] > 0)
        {
            chosen.Add(intro);
        }

        // Asked where to learn, the passage's line naming its course (「・ICT講座等の開催」 in a list of measures) answers,
        // though it shares none of the question's words: it replaces the weakest companion when no sentence chosen names one.
        if (!chosen.Any(i => AskedAspect.AnswersWhereToLearn(question, sentences[i]))
            && CourseLine(question, sentences, notes) is { } course)
        {
            if (chosen.Count >= MaxSentences)
            {
                chosen.Remove(chosen.Where(i => i != best && !(leans && i == best - 1) && i != rowStart).OrderBy(i => scores[i]).First());
            }

            chosen.Add(course);
        }

        // The sub-heading the best sentence stands under (「■児童生徒の情報モラルの向上」) comes with it: it names what the
        // sentences below it are about, which they seldom repeat.
        var heading = SubHeadingOf(sentences, best);

        // The sentence stating the aspect asked (what is given, where, where to learn) leads when its companions do not
        // state it: in the plan's order a companion about the subject only would fill the message before it.
        if (aspects[best] > 0 && chosen.Where(i => i != best && i != best - 1 && i != rowStart).All(i => aspects[i] < aspects[best]))
        {
            var first = chosen.Where(i => i == best || (i == best - 1 && leans) || i == rowStart).ToList();
            return [.. (heading is { } h ? [h] : Array.Empty<int>()).Concat(first).Concat(chosen.Except(first)).Distinct().Select(i => sentences[i])];
        }

        if (heading is { } under)
        {
            chosen.Add(under);
        }

        return [.. chosen.Select(i => sentences[i])];
    }

    /// <summary>
    /// How well one sentence of an entry covers the question, scored as an entry of its own under its own id (the
    /// entry's id with the sentence's index): without the entry's title and keywords, and without its reading (kana
    /// terms), which is the whole passage's, not the sentence's.
    /// </summary>
    public static double SentenceCoverage(IKnowledgeSearcher searcher, string question, KnowledgeEntry entry, string sentence, int index) =>
        searcher.Coverage(question, entry with { Id = $"{entry.Id}#{index}", Title = string.Empty, Body = sentence, Keywords = [] }, entry.CityId);

    /// <summary>
    /// The sentences of an imported passage that state the aspect a follow-up asks (its year, its count, its target),
    /// those about the subject just answered first. In the plan's order the first year or figure of a long passage is
    /// often another measure's (「目標時期を2025年度とし…」 above 「2022年度末までにほとんどの住民がマイナンバーカードを
    /// 保有…」 for 「カードの割合はどこまで増やす？ → それっていつまでに？」), or the measure's present state (「これまで…
    /// 61手続をオンライン化した」) when its target is asked (「最終的にはいくつまで増やすの？」).
    /// </summary>
    public static IReadOnlyList<string> Stating(IKnowledgeSearcher searcher, string subject, string message, KnowledgeEntry entry, Func<string, bool> states, int count)
    {
        var asksTarget = AsksTarget().IsMatch(message) && !AsksPresent().IsMatch(message);
        var question = $"{subject} {message}";
        var notes = FootnoteSentences(entry.Body);
        return [.. AnswerLead.SentencesOf(entry)
            .Select((sentence, index) => (sentence, index))
            .Where(s => !notes.Contains(s.sentence) && states(s.sentence))
            .Select(s => (s.sentence, s.index, score: SentenceCoverage(searcher, question, entry, s.sentence, s.index)
                + (asksTarget && TargetRow().IsMatch(s.sentence) && Figure().IsMatch(s.sentence) ? TargetBonus : 0)))
            .OrderByDescending(s => s.score)
            .ThenBy(s => s.index)
            .Take(count)
            .Select(s => s.sentence)];
    }

    /// <summary>
    /// The lead followed by what comes after it in the passage: a plan states a measure and then its details (the list of
    /// 主な取組 under it, the schedule rows after its target), while the passage's opening is usually about something
    /// else. The answer reads on from the lead rather than from the top, and of the table rows that follow it, those that
    /// share the question's words come first: a measure's rows are its aspects one after another (「・現状と課題 ／ …QRコード決済
    /// 等には対応していない。」, then 「・課題解決のための取組 ／ (1) …SNS…」), and the one on another subject filled the
    /// message before the row saying what the city will do about the one asked (「(3) …市税の納付…に電子収納を導入する。」).
    /// </summary>
    public static IReadOnlyList<string> WithWhatFollows(IKnowledgeSearcher searcher, string question, KnowledgeEntry entry, IReadOnlyList<string> lead)
    {
        if (lead.Count == 0)
        {
            return lead;
        }

        var sentences = AnswerLead.SentencesOf(entry);
        var last = lead.Select(s => IndexOf(sentences, s)).Max();
        if (last < 0)
        {
            return lead;
        }

        var notes = FootnoteSentences(entry.Body);
        var following = sentences.Select((sentence, index) => (sentence, index))
            .Skip(last + 1)
            .Where(s => !lead.Contains(s.sentence) && !notes.Contains(s.sentence))
            .ToList();
        // Another row of the passage's table is another aspect of the measure: it waits when it shares none of the
        // question's words. What the lead's own row goes on with stays next to it, and paragraphs and lists (a measure's
        // 主な取組 under it) read on in the plan's order.
        var lines = entry.Body.Trim().Split('\n');
        var lineOf = LineIndexes(lines, sentences);
        var waiting = following
            .Where(s => lineOf[s.index] != lineOf[last] && ImportedPassage.IsTableRow(lines[lineOf[s.index]].Trim())
                && SentenceCoverage(searcher, question, entry, s.sentence, s.index) <= 0)
            .Select(s => s.sentence)
            .ToList();
        var sharing = following.Select(s => s.sentence).Where(s => !waiting.Contains(s)).ToList();
        return [.. lead, .. sharing, .. waiting];
    }

    /// <summary>
    /// The first sentence of the table row whose later cell sentence <paramref name="index"/> opens (「／ …」); null for
    /// any other sentence. A sentence further on in the same cell (「…しているが、QRコード決済等には対応していない。」 after
    /// 「・現状と課題 ／ 情報発信を強化している。」) is read alone: its cell's label is an aspect, not its subject.
    /// </summary>
    private static int? RowStartOf(string body, IReadOnlyList<string> sentences, int index)
    {
        if (!sentences[index].StartsWith('／'))
        {
            return null;
        }

        var lines = body.Trim().Split('\n');
        var lineOf = LineIndexes(lines, sentences);
        var first = Array.IndexOf(lineOf, lineOf[index]);
        return first >= 0 && first < index && ImportedPassage.IsTableRow(lines[lineOf[index]].Trim()) ? first : null;
    }

    /// <summary>The line of the body each sentence stands on: sentences never span lines, so they are counted off line by line.</summary>
    private static int[] LineIndexes(string[] lines, IReadOnlyList<string> sentences)
    {
        var lineOf = new int[sentences.Count];
        var next = 0;
        for (var l = 0; l < lines.Length && next < sentences.Count; l++)
        {
            foreach (var _ in AnswerComposer.Sentences(lines[l]))
            {
                if (next < sentences.Count)
                {
                    lineOf[next++] = l;
                }
            }
        }

        return lineOf;
    }

    /// <summary>
    /// The sentences of a passage's footnote lines (「※1 キャッシュ（現金）を使用せずに支払いをすること。クレジットカード、
    /// …QRコードやスマートフォンによる決済などがある。」), all of them: a footnote's second sentence opens with no ※ mark,
    /// yet defines a word rather than answering, and it matched 「QRコードで払える？」 better than the measure itself did.
    /// </summary>
    private static HashSet<string> FootnoteSentences(string body) =>
        [.. body.Split('\n').Where(line => Footnote().IsMatch(line.Trim())).SelectMany(AnswerComposer.Sentences)];

    /// <summary>
    /// The sentence introducing the table whose row is sentence <paramref name="row"/>: the sentence just above the
    /// caption line (「対象手続一覧」) over the table's rows.
    /// </summary>
    private static int? TableIntro(IReadOnlyList<string> sentences, int row)
    {
        if (!ImportedPassage.IsTableRow(sentences[row]))
        {
            return null;
        }

        var i = row - 1;
        while (i >= 0 && sentences[i].StartsWith('・'))
        {
            i--;
        }

        // Only a table under a caption: a measure's labelled rows (「・現状と課題 ／ …」) follow its own opening, which is
        // about the measure, not a table to introduce.
        if (i < 1 || EndsSentence(sentences[i]) || sentences[i].Length > MaxCaption)
        {
            return null;
        }

        return EndsSentence(sentences[i - 1]) && !sentences[i - 1].StartsWith('・') ? i - 1 : null;
    }

    private static bool EndsSentence(string sentence) => sentence.EndsWith('。');

    /// <summary>The passage's line naming a course, when the question asks where to learn (<see cref="AskedAspect.AnswersWhereToLearn"/>).</summary>
    private static int? CourseLine(string question, IReadOnlyList<string> sentences, HashSet<string> notes) =>
        Enumerable.Range(0, sentences.Count).FirstOrDefault(i => !notes.Contains(sentences[i]) && AskedAspect.AnswersWhereToLearn(question, sentences[i]), -1) is var i and >= 0
            ? i
            : null;

    /// <summary>The sub-heading line (「■ ICTを活用した議会運営」) above sentence <paramref name="index"/>, if one is.</summary>
    private static int? SubHeadingOf(IReadOnlyList<string> sentences, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (IsSubHeading(sentences[i]))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a line of an imported passage is a sub-heading inside it: opening with a block mark and ending without a
    /// sentence's close. A plan marks the topics inside a measure with such lines.
    /// </summary>
    public static bool IsSubHeading(string sentence) => SubHeading().IsMatch(sentence);

    /// <summary>
    /// Whether a question asks for a list (「一覧」「挙げて」), a counted set (「3つの柱」「3本柱」) or a plan's pillars
    /// without their count (「行動指針の柱を教えて」: pillars are always several).
    /// </summary>
    public static bool AsksForSeveral(string question) => ListAnswer.AsksForAList(question) || CountedSet().IsMatch(question) || PillarsAsked().IsMatch(question);

    private static int IndexOf(IReadOnlyList<string> sentences, string sentence)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i] == sentence)
            {
                return i;
            }
        }

        return -1;
    }

    [GeneratedRegex(@"[2-9２-９二三四五六七八九](つ|本柱|本の柱)")]
    private static partial Regex CountedSet();

    // 「…の柱を教えて」「柱は？」「柱って何？」「何本柱で、それぞれどういう内容？」「柱はいくつで何？」, not 「どの柱の取組
    // ですか」 nor 「一つ目の柱では…」 (one of them).
    [GeneratedRegex(@"の柱(を教え|を全部|をすべて|を確認|をそれぞれ|は[?？]|は何|はなに|って何|ってなに|はいくつ|がいくつ|って何本|は何本)|何本柱|柱はいくつ|柱がいくつ")]
    private static partial Regex PillarsAsked();

    [GeneratedRegex(@"^※\s*[0-9０-９]")]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^[■□◆◇]\s*[^。！？]{2,60}$")]
    private static partial Regex SubHeading();

    // 「何か」 is "something" (「何かもらえる？」), not a number asked for; nor are 「何回も」「何度も」「何枚も」 ("again and
    // again": 「何回も行かないとだめ？」 asks whether it can be done at once) or 「何でも」 ("anything").
    [GeneratedRegex(@"何(?!か|回も|度も|枚も|でも)|いくつ|いつ|どれくらい|どのくらい|目標値|目標|数値|件数|人数|時間|割合|率|年度|[0-9０-９]")]
    private static partial Regex AsksFigure();

    [GeneratedRegex(@"[0-9０-９]+(\.[0-9]+)?\s*(%|％|件|人|時間|手続|項目|業務|年|割|万|億|円|回|か所|箇所|施設)|令和\s*[0-9０-９元]+|平成\s*[0-9０-９]+|R\s*[0-9]+")]
    private static partial Regex Figure();

    // A row labelled as the target (「・成果目標 ／」「目標値(R7年度) 90%」).
    [GeneratedRegex(@"^・?\s*(成果目標|数値目標|目標値|目標|KPI|評価指標)\s*[／:：]|目標値\s*[(（]")]
    private static partial Regex TargetRow();

    // What the city will reach asked, not only a figure: 「これからどれくらい増える？」「目標はいくつ？」「何項目まで増やす？」
    // 「最終的に何手続きくらいにするつもり？」.
    [GeneratedRegex(@"これから|今後|将来|増え|増や|目標|目指|まで|予定|計画|最終|つもり|ゆくゆく")]
    private static partial Regex AsksTarget();

    // How far something will go, asked without a figure word: 「どこまで増える？」「どんくらいまで増やす？」「これから増える？」.
    [GeneratedRegex(@"どこまで|どんくらい|どれだけ|どの程度|増え|増や")]
    private static partial Regex HowFar();

    // The present asked (「今いくつ？」「現状は？」), not what the plan aims for; 「今後」 is the future.
    // 「いま」 as a word: not the 「…いま…」 of 「どのくらいまで」「していますか」「できていません」.
    [GeneratedRegex(@"現在|現状|実績|これまで|今(?!後)|(?<!ら)いま(?!す|せ|し)")]
    private static partial Regex AsksPresent();

    [GeneratedRegex(@"^また[、,]")]
    private static partial Regex AddsTo();

    // 「また、」 adds to the sentence before it (「議会のライブ中継など…を目指します。また、…ペーパーレス化などを推進します。」).
    [GeneratedRegex(@"^(そのうえ|その上|そのため|このため|これ|この|それ|その|こうした|そこで|併せて|あわせて|また[、,])")]
    private static partial Regex LeansBack();
}
