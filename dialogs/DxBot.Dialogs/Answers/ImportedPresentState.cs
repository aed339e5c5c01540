using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// A question on how things stand now (「御前崎市で今、電子申請できるのってどんなもの？」) is answered by the city's passage
/// stating the present in a sentence labelled so (「【現状と課題】電子申請については、一部の講座申込などの限定的なものと
/// なっており…」), as the plan's measures open with their present state. Ranked by the question's words alone, a short
/// passage naming them in another sense (a staff survey's 「電子申請化 (33.6%)」, a chart's 「インターネット利用者の割合」)
/// came first, though it says nothing of what can be done today.
/// </summary>
public static partial class ImportedPresentState
{
    // As deep as the city's passage is looked for over national guides (ImportedCityPart): the charts' short titles rank high.
    private const int SearchDepth = 12;

    // The labelled sentence must be about the question, not share one everyday word with it.
    private const double MinSentenceCoverage = 0.5;

    /// <summary>
    /// The city's imported passage whose present-state sentence covers the question best, when the question asks the
    /// present and the passage found (<paramref name="best"/>, an imported one) has no such sentence covering it as well.
    /// </summary>
    public static KnowledgeEntry Rather(IKnowledgeSearcher searcher, string question, KnowledgeEntry best, double bestCoverage)
    {
        if (!ImportedPassage.IsImported(best) || best.CityId is not { } city || !AsksPresent().IsMatch(TextNormalizer.Normalize(question)))
        {
            return best;
        }

        var own = StatedCoverage(searcher, question, best);
        var better = searcher.Search(new SearchRequest(question, city, MaxResults: SearchDepth))
            .Where(h => h.Entry.CityId == city && h.Entry.Id != best.Id && ImportedPassage.IsImported(h.Entry) && h.Coverage >= bestCoverage)
            .Select(h => (h.Entry, Coverage: StatedCoverage(searcher, question, h.Entry)))
            .Where(c => c.Coverage >= MinSentenceCoverage && c.Coverage > own)
            .OrderByDescending(c => c.Coverage)
            .FirstOrDefault();
        return better.Entry ?? best;
    }

    /// <summary>Whether a sentence is labelled as the present state: 「【現状と課題】…」「・現状と課題 ／ …」.</summary>
    public static bool IsLabelledPresent(string sentence) => PresentLabel().IsMatch(sentence);

    /// <summary>Whether the question asks how things stand now.</summary>
    public static bool IsAsked(string question) => AsksPresent().IsMatch(TextNormalizer.Normalize(question));

    /// <summary>How well the passage's best present-state sentence covers the question (0 when it has none).</summary>
    private static double StatedCoverage(IKnowledgeSearcher searcher, string question, KnowledgeEntry entry) =>
        AnswerLead.SentencesOf(entry)
            .Select((sentence, index) => (sentence, index))
            .Where(s => IsLabelledPresent(s.sentence))
            .Select(s => ExtractiveLead.SentenceCoverage(searcher, question, entry, s.sentence, s.index))
            .DefaultIfEmpty(0)
            .Max();

    [GeneratedRegex(@"^(【現状(と課題)?】|・?\s*現状(と課題)?\s*／)")]
    private static partial Regex PresentLabel();

    // Now, as against what the plan aims for: 「今」 but not 「今後」「今年度」, 「いま」 as a word (not 「います」「どのくらいまで」).
    [GeneratedRegex(@"現在|現状|今(?!後|年|度|回|月)|(?<![らく])いま(?!す|せ|し)|これまで|すでに|既に")]
    private static partial Regex AsksPresent();
}
