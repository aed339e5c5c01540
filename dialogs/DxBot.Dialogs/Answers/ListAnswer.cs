using System.Text;
using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// Questions that ask for a list (「重点項目は何がありますか」「主な取組を挙げて」): the answer is the plan's overview of
/// them when the knowledge has one, else the items themselves, each named by its entry, not the one item that
/// happened to match best.
/// </summary>
public static partial class ListAnswer
{
    // Fewer items than this are no list: the best entry answers.
    private const int MinItems = 3;

    // A two-character word (取組, 施策) names half the plan; what a list is of is named by a longer one.
    private const int MinTermLength = 3;

    private static readonly string[] ListWords = ["何があります", "なにがあります", "何がある", "一覧", "挙げて", "あげて", "列挙", "どんなものがあ", "どのようなものがあ", "全部教えて", "すべて教えて"];

    private static readonly string[] OverviewWords = ["一覧", "全体像", "体系"];

    public static bool AsksForAList(string question) => TextNormalizer.ContainsAny(TextNormalizer.Normalize(question), ListWords);

    /// <summary>
    /// An overview entry (「…の一覧」) whose title names what the question asks the list of, or, for an abbreviation
    /// (KPI, KGI), whose title or keywords do: 「評価指標の一覧」 is the KPI list without saying KPI in its title.
    /// </summary>
    public static KnowledgeEntry? Overview(string question, IReadOnlyList<SearchHit> hits)
    {
        var terms = Terms(question);
        var abbreviations = Abbreviation().Matches(TextNormalizer.Normalize(question)).Select(m => m.Value).Distinct().ToList();
        return hits.Select(h => h.Entry).FirstOrDefault(e =>
            TextNormalizer.ContainsAny(e.Title, OverviewWords)
            && (terms.Any(t => e.Title.Contains(t, StringComparison.Ordinal))
                || abbreviations.Any(a => e.Title.Contains(a, StringComparison.OrdinalIgnoreCase)
                    || e.Keywords.Any(k => string.Equals(k, a, StringComparison.OrdinalIgnoreCase)))));
    }

    /// <summary>
    /// For a question about one item (「マイナンバーカード交付率の目標値は？」), the item's own entry among the confident
    /// ones, whose title names it, rather than the overview listing every item (「評価指標の一覧」): the overview covers
    /// every word of the question but answers it with eleven other figures first.
    /// </summary>
    public static KnowledgeEntry ItemRatherThanOverview(string question, KnowledgeEntry best, IReadOnlyList<SearchHit> confident)
    {
        // Two items asked at once (「講座参加者数と研修受講者数の目標値」) are both in the overview.
        if (!TextNormalizer.ContainsAny(best.Title, OverviewWords) || TwoNamed().IsMatch(TextNormalizer.Normalize(question)))
        {
            return best;
        }

        // Named in the title itself, not in its marker: 「AI・RPAの導入検討（重点項目）」 is one of the 重点項目, not about them.
        var terms = Terms(question);
        return confident.Select(h => h.Entry).FirstOrDefault(e => e.Id != best.Id
            && !TextNormalizer.ContainsAny(e.Title, OverviewWords)
            && terms.Any(t => TextNormalizer.Normalize(Bracketed().Replace(e.Title, "")).Contains(t, StringComparison.Ordinal))) ?? best;
    }

    /// <summary>
    /// For a question naming one numbered part of the plan (「行動指針の一つ目」「基本方針3の…」), the confident entry that
    /// names that part (「行動指針① …」), rather than the one listing every part, which covers the question's other words as well.
    /// </summary>
    public static KnowledgeEntry NumberedPartRatherThanWhole(string question, KnowledgeEntry best, IReadOnlyList<SearchHit> confident)
    {
        if (NumberedPart().Match(TextNormalizer.Normalize(question)) is not { Success: true } part)
        {
            return best;
        }

        // The part by its number, not another whose number starts with it (取組施策1 is not 取組施策10 or 11); an entry citing
        // the part (「取組施策1 成果目標」) names it too.
        var named = new Regex(Regex.Escape(PartNamed(part)) + "(?![0-9])", RegexOptions.CultureInvariant);
        bool Names(KnowledgeEntry e) => named.IsMatch(TextNormalizer.Normalize(e.Title + "\n" + e.Body + "\n" + e.Source.Section));
        return Names(best) ? best : confident.Select(h => h.Entry).FirstOrDefault(Names) ?? best;
    }

    /// <summary>
    /// What a list is asked of is the word just before the asking verb (「取組事項の前提になっているデジタル三原則を挙げて
    /// ください」: the three principles, not the 取組事項 that qualify them): among the confident entries, one whose title
    /// names it rather than the best, which the qualifying words found.
    /// </summary>
    public static KnowledgeEntry TheThingAsked(string question, KnowledgeEntry best, IReadOnlyList<SearchHit> confident)
    {
        if (ThingAsked().Match(TextNormalizer.Normalize(question)) is not { Success: true } asked
            || asked.Groups["thing"].Value is not { Length: >= MinTermLength } thing
            || TextNormalizer.Normalize(best.Title).Contains(thing, StringComparison.Ordinal))
        {
            return best;
        }

        // Not away from the city's own entry to the national guide's (「半田市のコンビニで取れる証明書は何がある？」: the
        // city's entry lists them, the guide says they differ by municipality).
        return confident.Select(h => h.Entry).FirstOrDefault(e => (e.CityId is not null || best.CityId is null)
            && TextNormalizer.Normalize(e.Title).Contains(thing, StringComparison.Ordinal)) ?? best;
    }

    /// <summary>
    /// The measures of one numbered part (「取組施策9（情報セキュリティ対策の徹底）の具体的な取組を挙げて」): the entry the
    /// knowledge cites as that part's measures (出典: 取組施策9 課題解決のための取組), rather than an overview or a table of
    /// targets that names every part. Null when the question names no part or asks no measures, or no such entry is found.
    /// </summary>
    public static KnowledgeEntry? CitedAsThePartsMeasures(string question, IReadOnlyList<SearchHit> hits)
    {
        var normalized = TextNormalizer.Normalize(question);
        if (NumberedPart().Match(normalized) is not { Success: true } part || !part.Groups["digit"].Success || !normalized.Contains("取組", StringComparison.Ordinal))
        {
            return null;
        }

        // 「取組施策9 課題解決のための取組」: the part, a space, then the measures; not 「取組施策9〜11 成果目標」 (a table of
        // several parts' targets) nor 「取組施策10 …」. The part's own name holds 取組, so only what follows it counts.
        var named = PartNamed(part);
        return hits.Select(h => h.Entry).FirstOrDefault(e => e.Source.Section is { } section && CitesThePartsMeasures(section, named));
    }

    // 「取組施策8 現状と課題, 課題解決のための取組, 成果目標」: the items after the first are the same part's, their name left
    // out; an item naming another part (「取組施策9 …」) starts that part's.
    private static bool CitesThePartsMeasures(string section, string named)
    {
        var inPart = false;
        foreach (var item in section.Split(',', StringSplitOptions.TrimEntries))
        {
            var rest = item;
            if (PartCited().Match(item) is { Success: true } cited)
            {
                inPart = cited.Value == named && item.Length > named.Length && item[named.Length] == ' ';
                rest = item[cited.Length..];
            }

            if (inPart && rest.Contains("取組", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}+\d+(?![\d〜~])")]
    private static partial Regex PartCited();

    /// <summary>The part as the knowledge writes it (「行動指針の3つ目」 → 「行動指針3」).</summary>
    private static string PartNamed(Match part) =>
        part.Groups["kind"].Value + (part.Groups["digit"].Success ? part.Groups["digit"].Value : Ordinal(part.Groups["ordinal"].Value));

    private static string Ordinal(string ordinal) => (Array.IndexOf(Ordinals, ordinal.TrimEnd('目', 'め')) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly string[] Ordinals = ["一つ", "二つ", "三つ", "四つ", "五つ"];

    /// <summary>
    /// A question naming only the kind an item is marked as (「御前崎市の重点項目は何ですか」 and 「AI・RPAの導入検討（重点項目）」)
    /// asks for all of that kind: the overview listing them, when one is confident, rather than the one item that matched.
    /// </summary>
    public static KnowledgeEntry OverviewRatherThanUnnamedItem(string question, KnowledgeEntry best, IReadOnlyList<SearchHit> confident)
    {
        var normalized = TextNormalizer.Normalize(question);
        var marks = Bracketed().Matches(best.Title).Select(m => m.Value.Trim('（', '）')).ToList();
        var named = Word().Matches(TextNormalizer.Normalize(Bracketed().Replace(best.Title, " "))).Select(m => m.Value);
        if (!marks.Any(m => m.Length >= MinTermLength && normalized.Contains(TextNormalizer.Normalize(m), StringComparison.Ordinal))
            || named.Any(w => normalized.Contains(w, StringComparison.Ordinal)))
        {
            return best;
        }

        return Overview(question, confident) ?? best;
    }

    /// <summary>The entries whose titles are marked with the term asked about (「（重点項目）」), as a list, or null when there are too few.</summary>
    public static string? Compose(string question, IReadOnlyList<SearchHit> hits, AnswerContext context)
    {
        foreach (var term in Terms(question))
        {
            // An item is marked as one in its title (「テレワークの推進（重点項目）」); a title merely using the word is not.
            var items = hits.Select(h => h.Entry).Where(e => e.Title.Contains($"（{term}）", StringComparison.Ordinal)).DistinctBy(e => e.Title).ToList();
            if (items.Count < MinItems)
            {
                continue;
            }

            var citation = $"\n{AnswerFormatter.SourcePrefix}{string.Join("／", items.Select(e => e.Source.ToString()).Distinct().Take(2))}";
            var text = new StringBuilder($"【{term}（{items.Count}件）】");
            foreach (var item in items)
            {
                var line = "\n・" + Bracketed().Replace(item.Title, "").Trim();
                if (text.Length + line.Length + citation.Length > context.MaxLength)
                {
                    break;
                }

                text.Append(line);
            }

            return text + citation;
        }

        return null;
    }

    /// <summary>The question's kanji and katakana words, longest first: what the list is of.</summary>
    // A katakana word inside a run (キャッシュレス of キャッシュレス決済) names the item too: 「キャッシュレス化」 is its title.
    private static IReadOnlyList<string> Terms(string question) =>
        Word().Matches(TextNormalizer.Normalize(question)).Concat(KatakanaWord().Matches(TextNormalizer.Normalize(question)))
            .Select(m => m.Value).Where(t => t.Length >= MinTermLength)
            .Distinct().OrderByDescending(t => t.Length).ToList();

    [GeneratedRegex(@"[\p{IsKatakana}ー]{4,}")]
    private static partial Regex KatakanaWord();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@"(?<![a-z])[a-z]{2,5}(?![a-z])")]
    private static partial Regex Abbreviation();

    [GeneratedRegex(@"(?<thing>[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]+)(を|は)(挙げて|あげて|列挙|全部教えて|すべて教えて|何があ|なにがあ|どんなものがあ)")]
    private static partial Regex ThingAsked();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{2,}(と|や|および|及び)[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ー]{2,}")]
    private static partial Regex TwoNamed();

    // 「基本方針3」「行動指針①」 (① folds to 1), 「行動指針の一つ目」「1つ目」; not a count (「3本柱」「4つ」).
    [GeneratedRegex(@"(?<kind>基本方針|行動指針|取組施策|取組方針|重点項目)(の)?((?<digit>[1-9])(?![\d本つ項個点件年])|(?<ordinal>(一つ|二つ|三つ|四つ|五つ)(目|め))|(?<digit>[1-9])(つ目|つめ|番目))")]
    private static partial Regex NumberedPart();

    [GeneratedRegex(@"（[^（）]*）")]
    private static partial Regex Bracketed();
}
