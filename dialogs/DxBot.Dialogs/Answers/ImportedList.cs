using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// A list asked of an imported passage (「DX取組事項を一覧で」「4つの基本方針を挙げて」) is answered with the names of
/// its items, as the plan's table of contents would give them. Read as it stands, a passage holding the list's items as
/// its sub-sections opens with paragraphs about something else, and a table's rows carry a paragraph of content and
/// effects each: the first two rows filled the message, and the fifth item (テレワーク) was in no reply.
/// </summary>
public static partial class ImportedList
{
    // Fewer items than this are no list: the passage answers as it stands.
    private const int MinItems = 3;

    // An item's name is a short cell (「情報システムの標準化・共通化」); a cell longer than this is its content.
    private const int MaxName = 40;

    // A line introducing the list (「本市が具体的に取り組む事項は、次のとおりです。」) is short.
    private const int MaxIntro = 80;

    /// <summary>
    /// The passage read as its list: the line introducing it, then each item's name. Its sub-sections' headings when it
    /// has at least three, numbered (行方市's 6_取組事項 and its (1)–(12)); else the name cells of a table whose rows are
    /// numbered names with their content (対馬市's 「・1 ／ 情報システムの標準化・共通化 ／ 国が示す…」); else a list of lines
    /// after the sentence announcing it (「次の4つの基本方針を掲げ…」 under paragraphs on the 基本理念). Any other
    /// passage as it is.
    /// </summary>
    public static KnowledgeEntry Outline(IKnowledgeSearcher searcher, string question, KnowledgeEntry entry, IReadOnlyList<KnowledgeEntry> entries)
    {
        if (!ImportedPassage.IsImported(entry))
        {
            return entry;
        }

        var lines = entry.Body.Split('\n').Select(l => l.Trim()).ToList();
        var items = NumberedChildren(entry, entries) is { Count: >= MinItems } children ? children : TableNames(question, lines);
        var body = items.Count >= MinItems ? [.. lines.Where(IsIntro).Take(1), .. items] : AnnouncedList(question, lines);
        if (body is null)
        {
            return entry;
        }

        // The list must still say what was asked: 「デジタル三原則を挙げて」 is answered by the passage's own list of the
        // three, not by the names of its sub-sections. Scored under an id of its own, as a passage of its own. A passage
        // opening with its list is about that list: the words of the question only its paragraphs share (「柱を確認したい」's
        // 確認, in 「本人確認」) do not make them the answer.
        var outline = entry with { Body = string.Join('\n', body) };
        return OpensWithItsList(lines) && body.SequenceEqual(lines.Take(body.Count))
            || searcher.Coverage(question, outline with { Id = entry.Id + "#outline" }, entry.CityId) >= searcher.Coverage(question, entry, entry.CityId)
            ? outline
            : entry;
    }

    /// <summary>
    /// The headings of a passage's sub-sections when they are numbered items (「(1) 情報システム標準化・共通化」): the
    /// unnumbered ones of a measure (「概要」「現状と課題」「成果目標」) are its aspects, not a list of anything.
    /// </summary>
    private static List<string> NumberedChildren(KnowledgeEntry entry, IReadOnlyList<KnowledgeEntry> entries)
    {
        if (entry.Source.Section is not { Length: > 0 } section)
        {
            return [];
        }

        var prefix = section + " ＞ ";
        var titles = entries
            .Where(e => e.File == entry.File && e.Source.Section is { } s && s.StartsWith(prefix, StringComparison.Ordinal)
                && !s[prefix.Length..].Contains(" ＞ ", StringComparison.Ordinal))
            .OrderBy(e => e.Line)
            .Select(e => e.Title.Trim())
            .ToList();
        return titles.Count > 0 && titles.All(t => ItemNumber().IsMatch(t)) ? [.. titles.Select(t => "・" + t)] : [];
    }

    /// <summary>
    /// Of a passage stating a counted set (「次の4つの基本方針を掲げ」), the one a question asking for that set
    /// (「4つの基本方針を挙げて」) wants, among the confident hits of the city's imported plan: the best hit may be a
    /// figure's title naming the same words (「3-2 基本方針及び施策の全体像」) without the list.
    /// </summary>
    public static KnowledgeEntry StatingTheSet(string question, KnowledgeEntry best, IReadOnlyList<SearchHit> confident)
    {
        if (CountedSet().Match(TextNormalizer.Normalize(question)) is not { Success: true } asked)
        {
            return best;
        }

        // A passage with a list of its own is the list asked for; one with none (a figure's title and slogans) is not.
        if (best.Body.Split('\n').Count(l => l.TrimStart().StartsWith('・')) >= MinItems)
        {
            return best;
        }

        var set = asked.Value;
        bool States(KnowledgeEntry e) => ImportedPassage.IsImported(e) && TextNormalizer.NormalizeWhole(e.Body).Contains(set, StringComparison.Ordinal);
        return States(best) || !ImportedPassage.IsImported(best) ? best : confident.Select(h => h.Entry).FirstOrDefault(States) ?? best;
    }

    /// <summary>The item names of a table's rows that are a name and its content; none for any other table.</summary>
    private static List<string> TableNames(string question, IReadOnlyList<string> lines)
    {
        var rows = lines.Where(ImportedPassage.IsTableRow).ToList();
        // A column asked for (「5つの重点項目のKGIを教えて」 of 「・重点項目 ／ 主な取組 ／ KGI」) is no list of names.
        // The header's cells after the name's (「No. ／ 取組事項 ／ 内容 ／ 効果」: 取組事項 names the items themselves).
        var asked = TextNormalizer.Normalize(question);
        var nameColumn = rows.Skip(1).Take(1).Any(r => RowNumber().IsMatch(r[1..].Split(" ／ ")[0].Trim())) ? 1 : 0;
        if (rows.Count > 0 && rows[0][1..].Split(" ／ ").Skip(nameColumn + 1).Select(c => TextNormalizer.Normalize(c.Trim())).Any(c => c.Length > 1 && asked.Contains(c, StringComparison.Ordinal)))
        {
            return [];
        }

        var names = new List<string>();
        foreach (var row in rows)
        {
            var cells = row[1..].Split(" ／ ").Select(c => c.Trim()).ToList();
            // 「1 ／ 情報システムの標準化・共通化 ／ …」: the number names the row with the cell after it.
            var numbered = RowNumber().IsMatch(cells[0]) && cells.Count > 2;
            var name = numbered ? $"{cells[0]} {cells[1]}" : cells[0];
            var content = cells.Skip(numbered ? 2 : 1).ToList();
            // Numbered, as a plan numbers its measures (「1 ／ …」「(1) 行政手続きのオンライン化 ／ …」): a measure's
            // labelled rows (「・概要 ／ …」「・成果目標 ／ …」) are its aspects, not a list of anything.
            if ((numbered || ItemNumber().IsMatch(cells[0])) && (numbered ? cells[1] : cells[0]).Length <= MaxName && content.Any(c => c.Length > MaxName))
            {
                names.Add("・" + name);
            }
        }

        // A table of short cells (the 20 systems, two to a row) is a list already; one row in two at least must be an item's.
        return names.Count * 2 >= rows.Count ? names : [];
    }

    /// <summary>
    /// A run of at least three list lines (not a table's rows) right after the sentence announcing it (「…次の4つの
    /// 基本方針を掲げ、…」): that sentence and the run. Asked for a counted set, the run of that many lines.
    /// </summary>
    private static List<string>? AnnouncedList(string question, IReadOnlyList<string> lines)
    {
        var count = CountedSet().Match(TextNormalizer.Normalize(question)) is { Success: true } m ? m.Value[0] - '0' : (int?)null;
        // A passage opening with its list (対馬市's 「(2) 対馬市のDX行動指針」: 「・① 市民が便利さを実感できるDXの推進」 to ③,
        // then a paragraph and the 主な取組 of each) lists what it is about, as a table of contents would.
        var opening = lines.TakeWhile(IsListLine).Count();
        if (OpensWithItsList(lines) && (count is null || count == opening))
        {
            return [.. lines.Take(opening)];
        }

        for (var i = 1; i < lines.Count; i++)
        {
            var end = i;
            while (end < lines.Count && IsListLine(lines[end]))
            {
                end++;
            }

            var run = end - i;
            if (run >= MinItems && (count is null || count == run) && !IsListLine(lines[i - 1])
                && AnswerComposer.Sentences(lines[i - 1]).LastOrDefault(s => IntroWords().IsMatch(s)) is { } intro)
            {
                return [intro, .. lines.Skip(i).Take(run)];
            }

            i = end;
        }

        return null;
    }

    private static bool OpensWithItsList(IReadOnlyList<string> lines) => lines.TakeWhile(IsListLine).Count() is var opening && opening >= MinItems && opening < lines.Count;

    private static bool IsListLine(string line) => line.StartsWith('・') && !ImportedPassage.IsTableRow(line);

    private static bool IsIntro(string line) =>
        line.Length <= MaxIntro && !line.StartsWith('・') && line.EndsWith('。') && IntroWords().IsMatch(line);

    [GeneratedRegex(@"^[（(]?[0-9０-９]{1,2}[)）.．]?$")]
    private static partial Regex RowNumber();

    // 「(1)」「（3）」「1.」「①」「(取組施策1)」: a numbered item's heading.
    [GeneratedRegex(@"^([（(][^)）]{0,6}[0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．_\s]|[①-⑳])")]
    private static partial Regex ItemNumber();

    [GeneratedRegex(@"次の|以下")]
    private static partial Regex IntroWords();

    // 「4つの基本方針」「3つの柱」: the count and what it counts, as the plan would state it.
    [GeneratedRegex(@"[2-9]つの[^\s、。をはがの？?]{2,12}")]
    private static partial Regex CountedSet();
}
