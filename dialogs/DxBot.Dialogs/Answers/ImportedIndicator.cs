using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// A plan's table of targets, asked in residents' words. The importer makes each row of such a table a section of its
/// own (「・コンビニ交付率：現状値 18.2%(R4.1末時点)、目標値(R7年度) 43.6%。」), but residents ask 「コンビニで証明書とってる人って
/// どれくらいいるの？」「ネットで済む手続きって今どのくらいの割合？」: the search finds the national guide on certificates at
/// convenience stores or the plan's passage on its online procedures, whose sentences share more of the message than the
/// row's few words do, and neither states the figure. A question asking how many or how far, of a subject one row's
/// indicator names better than any other row's, is answered by that row.
/// </summary>
public static partial class ImportedIndicator
{
    /// <summary>
    /// The city's imported row of targets whose indicator the question names best, when the question asks how many or how
    /// far; null when it asks no amount, the city's plan has no such rows, or no row's indicator is named (or two equally).
    /// A two-character piece of an indicator's name shared by several rows (交付 of コンビニ交付率 and マイナンバーカード交付率)
    /// counts for less than one only its row has (コンビ).
    /// </summary>
    public static KnowledgeEntry? Row(string question, string cityId, IEnumerable<KnowledgeEntry> entries)
    {
        var normalized = TextNormalizer.Normalize(question).Replace(" ", "", StringComparison.Ordinal);
        // A long message asks in its questions: 「家でどこまで気をつければいいのか」 in its story asks no amount.
        if (!AsksAmount().IsMatch(normalized.Length >= LongMessage.MinLength ? LongMessage.AskingPart(normalized) : normalized))
        {
            return null;
        }

        var rows = entries
            .Where(e => e.CityId == cityId && ImportedPassage.IsImported(e))
            .Select(e => (Entry: e, Name: IndicatorName(e.Body)))
            .Where(r => r.Name is not null)
            .Select(r => (r.Entry, Pieces: Pieces(r.Name!)))
            .ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        var read = ResidentsWords(normalized);
        var shared = rows.SelectMany(r => r.Pieces).GroupBy(p => p).ToDictionary(g => g.Key, g => g.Count());
        var scored = rows
            .Select(r => (r.Entry, Score: r.Pieces.Where(p => read.Contains(p, StringComparison.Ordinal)).Sum(p => 1.0 / shared[p])))
            .OrderByDescending(r => r.Score)
            .ToList();
        return scored[0].Score >= MinScore && (scored.Count == 1 || scored[1].Score < scored[0].Score) ? scored[0].Entry : null;
    }

    // At least one piece of the name no other row has, or two shared by two rows: a single shared piece names no row.
    private const double MinScore = 1.0;

    /// <summary>
    /// The question as the plan would say it: procedures done on the internet, on a phone or without going to the office
    /// are the plans' オンライン化 (the internet or a phone alone is not: 「ネット使ってる人」「スマホ持ってる家」 are the
    /// plan's statistics on them); the My Number card named as the means (「マイナンバーカードがあれば、コンビニで…」) is
    /// no subject of its own.
    /// </summary>
    private static string ResidentsWords(string normalized)
    {
        var read = TopicRouter.CardAsMeans().Replace(normalized, " ");
        return Online().IsMatch(read) && Procedure().IsMatch(read) ? read + " オンライン化" : read;
    }

    /// <summary>The indicator's name of a passage that is one row of a table of targets, or null.</summary>
    private static string? IndicatorName(string body)
    {
        var lines = body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length == 1 && TargetRow().Match(lines[0]) is { Success: true } row ? row.Groups["name"].Value : null;
    }

    /// <summary>The name's two-character pieces of kanji, katakana and Latin letters, what it says aside (「(累計)」).</summary>
    private static HashSet<string> Pieces(string name)
    {
        var words = TextNormalizer.MeaningfulWords(TextNormalizer.Normalize(Parenthesised().Replace(name, " ")));
        return [.. words.SelectMany(w => Enumerable.Range(0, Math.Max(0, w.Length - 1)).Select(i => w.Substring(i, 2)))];
    }

    // 「・コンビニ交付率：現状値 18.2%(R4.1末時点)、目標値(R7年度) 43.6%。」
    [GeneratedRegex(@"^・(?<name>[^：:／]{2,60})[：:]\s*.*(現状値|目標値)")]
    private static partial Regex TargetRow();

    [GeneratedRegex(@"\([^)]*\)|（[^）]*）")]
    private static partial Regex Parenthesised();

    // How many or how far: 「どれくらい」「どのくらいの割合」「何%」「何人」「目標」「増やしたい」「どこまで増やす」.
    [GeneratedRegex(@"どれくらい|どのくらい|どれぐらい|どのぐらい|割合|何%|何パーセント|何割|何人|目標|増やしたい|ふやしたい|どこまで")]
    private static partial Regex AsksAmount();

    [GeneratedRegex(@"手続|申請|届出|届け出")]
    private static partial Regex Procedure();

    [GeneratedRegex(@"オンライン|ネット|スマホ|スマートフォン|パソコン|家から|自宅から|行かず|行かなく|来庁不要")]
    private static partial Regex Online();
}
