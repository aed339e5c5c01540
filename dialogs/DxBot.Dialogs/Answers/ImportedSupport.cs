using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// The support for people not at ease with smartphones, for a city known only from its own documents (issue #13): the
/// router read the message as asking for that help (「年寄りでスマホもようわからん…置いていかれるんかのう」「おとしよりが
/// すまほで てつづきするのを てつだって もらえますか」), but searched in the resident's words it finds the national card
/// guide (「スマホ」「パソコン」「申請」) or the plan's statistics on smartphone ownership, while the plan states the city's help
/// in its own terms (デジタル活用支援, デジタルデバイド対策, ICT講座, 体験会) that the message never uses. The answer is the
/// passage where the plan states that measure, led by its sentence naming the help.
/// </summary>
public static partial class ImportedSupport
{
    // Enough lines naming the help to tell the measure's passage from one mentioning it in passing; more say no more.
    private const int MaxCountedLines = 3;

    /// <summary>
    /// The city's imported passage stating its help: one whose heading names it first (「(取組施策11) デジタル格差対策」),
    /// then the one whose line naming it covers the question best (「・7 ／ その他 ／ スマートフォン等…の操作やオンライン
    /// での行政手続に慣れていない市民に対するデジタル活用支援に取り組む。」 for 「すまほで てつづきするのを てつだって」),
    /// then the one with the most such lines, then the one covering the question best. Lines that define a word (a
    /// glossary row, a footnote) or only report the need (「デジタル活用支援が必要」 in a staff survey) do not count. Only a
    /// passage stating the fact asked answers (<see cref="AnswerKind"/>): 「スマホ講座って何人くらい参加する目標？」 is the
    /// row of the table of targets (「…講座参加者数(累計)：目標値(R7年度) 400人。」), which answers nothing else.
    /// </summary>
    public static KnowledgeEntry? Passage(IKnowledgeSearcher searcher, string question, string cityId, IEnumerable<KnowledgeEntry> entries)
    {
        // The next session's date and place (「次はいつどこで？」) is in no plan: a passage with some year would answer it.
        if (AnswerKind.AsksForAFact(question) && !AnswerKind.AsksForAFactBesidesTheNextDate(question))
        {
            return null;
        }

        // A course asked for by name (「教えてもらえる講座はありますか」) is the line naming one (「・ICT講座等の開催」), before
        // a line on the help in general that covers more of the question's other words.
        var asksCourse = Course().IsMatch(TextNormalizer.Normalize(question));
        return entries
            .Where(e => e.CityId == cityId && ImportedPassage.IsImported(e) && AnswerKind.Answers(question, e))
            .Select(e => (Entry: e, Titled: NamesHelp(e.Title), Lines: HelpLines(e.Body).ToList()))
            .Where(c => c.Lines.Count > 0)
            .Select(c => (c.Entry, c.Titled, Course: asksCourse && c.Lines.Any(l => Course().IsMatch(l)), Count: Math.Min(MaxCountedLines, c.Lines.Count),
                LineCoverage: c.Lines.Select((l, i) => ExtractiveLead.SentenceCoverage(searcher, question, c.Entry, l, i)).Max()))
            .OrderByDescending(c => c.Titled)
            .ThenByDescending(c => c.Course)
            .ThenByDescending(c => c.LineCoverage)
            .ThenByDescending(c => c.Count)
            .ThenByDescending(c => searcher.Coverage(question, c.Entry, cityId))
            .ThenBy(c => c.Entry.Line)
            .Select(c => c.Entry)
            .FirstOrDefault();
    }

    /// <summary>
    /// The lead for the passage: the sentences answering the question, those naming the help first (a resident's
    /// 「祖母」「携帯」 match the plan's survey of elderly people's phone use before its 体験会), and the passage's sentence
    /// naming the help that covers the question best put first when none of them does; then the rest of the passage as
    /// for any imported answer.
    /// </summary>
    /// <param name="asked">The message as sent: its story names what the help is wanted for (「携帯ショップの人が教えて」).</param>
    /// <param name="question">What the message asks, when read apart from its story; the lead falls back on it.</param>
    public static IReadOnlyList<string> Lead(IKnowledgeSearcher searcher, string asked, string question, KnowledgeEntry passage)
    {
        var lead = ExtractiveLead.For(searcher, asked, passage) is { Count: > 0 } own ? own : ExtractiveLead.For(searcher, question, passage);
        if (!lead.Any(NamesHelp))
        {
            var sentences = AnswerLead.SentencesOf(passage);
            var help = sentences
                .Select((sentence, index) => (sentence, index))
                .Where(s => NamesHelp(s.sentence) && !Defines().IsMatch(s.sentence) && !OnlyNeeded().IsMatch(s.sentence))
                .OrderByDescending(s => ExtractiveLead.SentenceCoverage(searcher, question, passage, s.sentence, s.index))
                .ThenBy(s => s.index)
                .Select(s => s.sentence)
                .FirstOrDefault();
            lead = help is null ? lead : [help, .. lead.Where(s => s != help).Take(ExtractiveLead.MaxSentences - 1)];
        }

        return ExtractiveLead.WithWhatFollows(searcher, question, passage, [.. lead.Where(NamesHelp), .. lead.Where(s => !NamesHelp(s))]);
    }

    /// <summary>Whether a text names the help a city gives people not at ease with digital tools.</summary>
    public static bool NamesHelp(string text) => Help().IsMatch(text);

    private static IEnumerable<string> HelpLines(string body) =>
        body.Split('\n').Select(l => l.Trim()).Where(l => NamesHelp(l) && !Defines().IsMatch(l) && !OnlyNeeded().IsMatch(l) && !l.StartsWith("出典:", StringComparison.Ordinal));

    [GeneratedRegex(@"講座|教室|講習|体験会|相談会|勉強会")]
    private static partial Regex Course();

    // The plans' own terms for it; 「講座」 alone is not one (「一部の講座申込などの限定的なもの」 is an online form).
    [GeneratedRegex(@"デジタル活用支援|デジタルデバイド|デジタル格差|情報格差|(使い方|ICT|市民向け|スマホ|スマートフォン)講座|講座等?[のを](開催|実施)|スマホ教室|スマートフォン教室|体験会|相談会|デジタル推進委員")]
    private static partial Regex Help();

    // A glossary row (「・デジタルデバイド ／ …格差を指す。」) or a footnote (「*9_デジタルデバイド(Digital divide)」) defines the word.
    [GeneratedRegex(@"を指す|とは、|^\*|^※|^[・]?\s*デジタルデバイド\s*／|\(Digital divide\)")]
    private static partial Regex Defines();

    // A survey's finding (「【デジタルデバイド対策】デジタル格差解消のため、デジタル活用支援が必要」) states a need, not a measure.
    [GeneratedRegex(@"が必要$|が必要。?$")]
    private static partial Regex OnlyNeeded();
}
