using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Import.Readers;

/// <summary>
/// Reads text and Markdown: Markdown headings (`#`) or, in plain text, numbered headings (第一章, 1, (1), (ア)) start
/// sections; lines of one paragraph are joined; Markdown markup, page numbers, table-of-contents rows and figure
/// captions are removed. In plain text, tab-separated lines are a table (as text extracted from a PDF holds them):
/// a row's cells broken over several lines are joined back, and the rows are written by <see cref="TableText"/>.
/// </summary>
internal static partial class PlainReader
{
    public static ReadDocument Read(string text, bool markdown)
    {
        var blocks = new List<ImportBlock>();
        string? title = null;
        var paragraph = new StringBuilder();
        var table = new List<string>();
        var inFence = false;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var at = 0; at < lines.Length; at++)
        {
            var raw = lines[at];
            var line = raw.TrimEnd();
            // Blank lines inside a table, where a cell's text wraps onto a line of its own (対馬市's 「…令和4年度末までに
            // マイナンバーカー」, a blank line, then 「<tab><tab>ドの取得率が長崎県平均を上回ることを目指します。」): the table
            // goes on, and the wrapped text joins its cell rather than starting a table of its own.
            if (!markdown && table.Count > 0 && line.Trim().Length == 0 && ContinuesACell(table[^1], lines, at + 1))
            {
                continue;
            }

            // Tested before trimming: a row of a number and empty cells (「1<tab><tab>」) is still a row of the table.
            if (!markdown && raw.Contains('\t', StringComparison.Ordinal))
            {
                Flush();
                table.Add(raw);
                continue;
            }

            FlushTable();
            if (markdown && line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (line.Trim().Length == 0 || (markdown && (HorizontalRule().IsMatch(line) || TableRule().IsMatch(line))))
            {
                Flush();
                continue;
            }

            if (!inFence && markdown && MarkdownHeading().Match(line) is { Success: true } heading)
            {
                Flush();
                var headingText = LineRules.Normalize(StripMarkup(heading.Groups[2].Value));
                var level = heading.Groups[1].Length;
                if (level == 1 && title is null)
                {
                    title = headingText;
                }
                else if (headingText.Length > 0)
                {
                    blocks.Add(new ImportBlock(level, headingText, null));
                }

                continue;
            }

            // A plan's text may carry the markup of the page it was taken from (「<ul style=…>」「<p>」): no reader wants it.
            var content = markdown && !inFence ? StripMarkup(line) : PlainListMark().Replace(MarkupTag().Replace(line, " "), "・");
            if (LineRules.IsFurniture(content))
            {
                continue;
            }

            if (!markdown && title is null && blocks.Count == 0 && paragraph.Length == 0)
            {
                // A plan's text starts with its title, on a line of its own.
                title = LineRules.Normalize(content);
                continue;
            }

            if (!markdown && LineRules.NumberedHeadingLevel(content) is > 0 and var numbered)
            {
                Flush();
                blocks.Add(new ImportBlock(numbered, LineRules.HeadingText(content), null));
                continue;
            }

            var trimmed = content.TrimStart();
            if (paragraph.Length > 0 && (LineRules.StartsItem(trimmed) || (markdown && ListItem().IsMatch(line))))
            {
                Flush();
            }

            LineRules.Join(paragraph, markdown && ListItem().IsMatch(line) ? "・" + ListItem().Replace(content, string.Empty) : content);
        }

        Flush();
        FlushTable();
        return new ReadDocument(title, blocks);

        void FlushTable()
        {
            if (table.Count > 0)
            {
                var lines = TableText.Lines(TableRows(table), out var targets);
                blocks.AddRange(lines.Select(l => new ImportBlock(0, l, null) { HoldsTargets = targets }));
            }

            table.Clear();
        }

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new ImportBlock(0, paragraph.ToString(), null));
            }

            paragraph.Clear();
        }
    }

    // A cell wrapped mid-sentence is a sentence's worth of text; a short cell without a sentence's end is a label
    // (「行政手続のオンライン化」), and a header of years after a blank line under it is another table.
    private const int MinWrappedCell = 40;

    /// <summary>
    /// Whether the next line that is not blank, after <paramref name="from"/>, continues a cell of <paramref name="last"/>
    /// (the table's last line): it leaves its first cell empty, and the cell above its first text stops mid-sentence.
    /// </summary>
    private static bool ContinuesACell(string last, string[] lines, int from)
    {
        var next = lines.Skip(from).FirstOrDefault(l => l.Trim().Length > 0);
        if (next is null || !next.Contains('\t', StringComparison.Ordinal))
        {
            return false;
        }

        var cells = next.Split('\t');
        var column = Array.FindIndex(cells, c => c.Trim().Length > 0);
        var above = last.Split('\t');
        return column > 0 && column < above.Length && above[column].Trim() is { Length: >= MinWrappedCell } cell && !SentenceEnd().IsMatch(cell);
    }

    /// <summary>
    /// The rows of tab-separated lines. A line whose first cell is empty continues the row above (a cell's text
    /// wrapped onto the next line); table-of-contents rows (a heading and its page), rules and stray column numbers are
    /// no rows.
    /// </summary>
    private static List<IReadOnlyList<string>> TableRows(IEnumerable<string> lines)
    {
        var rows = new List<List<string>>();
        var scheduleLabels = 0;
        foreach (var line in lines)
        {
            var cells = line.Split('\t').Select(c => TableText.Cell(LineRules.Normalize(MarkupTag().Replace(c, " ")))).ToList();
            while (cells.Count > 0 && cells[^1].Length == 0)
            {
                cells.RemoveAt(cells.Count - 1);
            }

            var filled = cells.Where(c => c.Length > 0).ToList();
            if (filled.Count == 0 || filled.All(c => Rule().IsMatch(c)) || (filled.Count == 2 && cells[0].Length > 0 && PageNumber().IsMatch(filled[1])))
            {
                continue;
            }

            cells[0] = SpacedNumber().IsMatch(cells[0]) ? cells[0].Replace(" ", string.Empty, StringComparison.Ordinal) : cells[0];
            if (cells[0].Length > 0 || rows.Count == 0)
            {
                if (TableText.ScheduleLabels(cells) is var labels and > 0)
                {
                    scheduleLabels = labels;
                }

                rows.Add(cells);
                continue;
            }

            // A schedule's sub-item (「<tab>情報システムの選定<tab><tab>→」) is a row of its own under the item above, not
            // wrapped text: its arrows mark its own years.
            if (filled.Any(TableText.MarksWork))
            {
                cells[0] = rows[^1][0];
                rows.Add(cells);
                continue;
            }

            // Under a header of years, a row with its labels left blank is the next item of the group above
            // (御前崎市's roadmap: 「<tab><tab>電子申請サービス 導入検討・トライアル<tab>電子申請サービス運用…」 under
            // 重点項目 ／ 行政手続きのオンライン化), each cell under the year it starts in: joined into the row above, every
            // item of a year would run into one cell and no year could be told.
            if (scheduleLabels > 0)
            {
                for (var i = 0; i < scheduleLabels && i < cells.Count && cells[i].Length == 0; i++)
                {
                    cells[i] = i < rows[^1].Count ? rows[^1][i] : string.Empty;
                }

                rows.Add(cells);
                continue;
            }

            // Numbers alone under the cells (a column count printed at the table's foot) continue nothing.
            if (filled.All(c => PageNumber().IsMatch(c) && c.Length <= 2))
            {
                continue;
            }

            var above = rows[^1];
            for (var i = 1; i < cells.Count; i++)
            {
                while (above.Count <= i)
                {
                    above.Add(string.Empty);
                }

                var joined = new StringBuilder(above[i]);
                LineRules.Join(joined, cells[i]);
                above[i] = joined.ToString();
            }
        }

        // A row holding nothing but its number (the number printed apart from its row) says nothing.
        return [.. rows.Where(r => r.Skip(1).Any(c => c.Length > 0) || !PageNumber().IsMatch(r[0]))];
    }

    /// <summary>Markdown's inline markup as plain text: link text kept, images, emphasis, code marks and HTML tags dropped.</summary>
    private static string StripMarkup(string line)
    {
        // An image says nothing in a chat answer; its alt text is usually a caption (「図」).
        var text = Image().Replace(line, string.Empty);
        text = Link().Replace(text, "$1");
        text = HtmlTag().Replace(text, string.Empty);
        text = Emphasis().Replace(text, string.Empty);
        text = TableCells().Replace(text.Trim(), " ／ ");
        text = text.Trim().Trim('／').Trim();
        return BlockQuote().Replace(text, string.Empty);
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s*([-*+]|[0-9]+[.)])\s+")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*([-*_]\s*){3,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(\*\*|__|\*|`|~~)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s*\|\s*")]
    private static partial Regex TableCells();

    // A list item of a plan's text marked twice by the extraction (「- ・ 対象業務…」) or with a hyphen: one 「・」.
    [GeneratedRegex(@"^\s*[-*]\s+(・\s*)?")]
    private static partial Regex PlainListMark();

    // An HTML tag (a Latin name), not a label in angle brackets (「<目次>」「<重点項目>」).
    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex MarkupTag();

    [GeneratedRegex(@"^[-‐－―ー=＝_*]+$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^[0-9０-９]{1,3}$")]
    private static partial Regex PageNumber();

    // 「1 0」: a two-digit row number spaced out by the extraction.
    [GeneratedRegex(@"^[0-9０-９] [0-9０-９]$")]
    private static partial Regex SpacedNumber();

    [GeneratedRegex(@"^\s*>\s?")]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"[。．！？!?）)」]$")]
    private static partial Regex SentenceEnd();
}
