using System.Text.RegularExpressions;

namespace DxBot.Import;

/// <summary>
/// A table of a document as lines of text. A table of targets (a column of indicators and one of target values,
/// often a baseline with its date) is the plan's KPI list: each row becomes one line that names the indicator and
/// labels its figures by their headers (「RPA利用による業務の削減時間(年間)：現状値 2,324時間(R2)、目標値(R7年度)
/// 3,500時間。」), so the row answers 「…の目標値は？」 by itself. Any other table keeps its cells apart with 「／」.
/// </summary>
internal static partial class TableText
{
    /// <summary>What a section holding a table of targets is also found by: residents and staff ask for it by these words.</summary>
    public static readonly IReadOnlyList<string> TargetKeywords = ["KPI", "評価指標", "成果指標", "目標値", "数値目標", "指標一覧"];

    /// <summary>The table's rows as lines (the header of a target table is folded into its rows, not repeated).</summary>
    /// <param name="rows">Each row's cells, the header first when the table has one.</param>
    public static IReadOnlyList<string> Lines(IReadOnlyList<IReadOnlyList<string>> rows, out bool targets)
    {
        var header = rows.Count > 1 ? rows[0] : null;
        var indicator = header is null ? -1 : IndexWhere(header, c => IndicatorHeader().IsMatch(c));
        targets = indicator >= 0 && header!.Any(c => TargetHeader().IsMatch(c));
        if (!targets)
        {
            return Schedule(rows);
        }

        var lines = new List<string>();
        foreach (var row in rows.Skip(1))
        {
            var name = indicator < row.Count ? row[indicator] : string.Empty;
            if (name.Length == 0)
            {
                continue;
            }

            var figures = new List<string>();
            for (var i = 0; i < row.Count && i < header!.Count; i++)
            {
                // The row number and the indicator itself are not figures; 「_」「－」 mark a baseline the plan does not have.
                if (i == indicator || header[i].Length == 0 || NoValue().IsMatch(row[i]))
                {
                    continue;
                }

                figures.Add($"{header[i]} {row[i]}");
            }

            if (figures.Count > 0)
            {
                lines.Add($"{Item}{name}：{string.Join("、", figures)}。");
            }
        }

        return lines;
    }

    /// <summary>
    /// A table whose header names years (a plan's schedule, 取組工程表): each row below it says what is planned in which
    /// year (「・行政手続のオンライン化：令和4年度 オンライン化 100手続、令和5年度 オンライン化 140手続…」; a cell of arrows
    /// only marks the year as one of work). Rows above such a header, and tables without one, keep their cells apart with 「／」.
    /// </summary>
    private static List<string> Schedule(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var lines = new List<string>();
        List<string>? years = null;
        var labels = 0;
        foreach (var row in rows)
        {
            var filled = row.Where(c => c.Length > 0).ToList();
            if (filled.Count == 0)
            {
                continue;
            }

            // A header cell may hold several years run together by the extraction: one column each. A year given in both
            // calendars (「2021年度 (令和3年度)」) is one column. Columns after the years that name something else
            // (「【参考】 目標期限」) are read as labelled cells of the row.
            var firstYear = IndexWhere(row, c => Year().IsMatch(c));
            if (firstYear > 0 && YearColumns(row, firstYear) is { } columns)
            {
                // Of the header only what names the table (「取組工程表」) is a line: each row below names its years, and a
                // line of years alone matches any question on the plan's period (「計画期間は？」) better than the passage
                // that states it.
                years = columns;
                labels = firstYear;
                if (row.Take(firstYear).Where(c => c.Length > 0).ToList() is { Count: > 0 } names)
                {
                    lines.Add(Item + string.Join(" ／ ", names));
                }

                continue;
            }

            if (years is null || row.Count <= labels)
            {
                lines.Add(Item + string.Join(" ／ ", filled));
                continue;
            }

            var name = string.Join(" ", row.Take(labels).Where(c => c.Length > 0));
            var planned = new List<string>();
            for (var i = labels; i < row.Count && i - labels < years.Count; i++)
            {
                if (row[i].Length > 0)
                {
                    var column = years[i - labels];
                    planned.Add(MarksWork(row[i]) ? column : column.Length == 0 ? row[i] : $"{column} {row[i]}");
                }
            }

            lines.Add(planned.Count > 0 && name.Length > 0 ? $"{Item}{name}：{string.Join("、", planned)}。" : Item + string.Join(" ／ ", filled));
        }

        return lines;
    }

    // Rows are items of a list: each is read on its own line, and an answer may quote one without the others.
    private const string Item = "・";

    /// <summary>True for a schedule's cell of arrows only (「→」「→→」): the year it stands under is a year of work.</summary>
    public static bool MarksWork(string cell) => cell.Length > 0 && Arrows().IsMatch(cell) && cell.Any(c => c is '→' or '⇒' or '➡' or '▶' or '►');

    /// <summary>
    /// A cell's text without the space the extraction put between a figure and its unit (「2,324 時間」「63 項目」「R4.1 末時点」):
    /// Japanese writes them together, and a figure is matched and read with its unit.
    /// </summary>
    public static string Cell(string text) => UnitSpace().Replace(text, "$1");

    private static int IndexWhere(IReadOnlyList<string> cells, Func<string, bool> predicate)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (predicate(cells[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The columns of a schedule's header from its first year on: each year (one per calendar pair), then any label
    /// columns after them; null when the row is no such header (fewer than two years, or a figure after them).
    /// </summary>
    private static List<string>? YearColumns(IReadOnlyList<string> row, int firstYear)
    {
        var columns = new List<string>();
        var yearCount = 0;
        var afterYears = false;
        foreach (var cell in row.Skip(firstYear))
        {
            if (cell.Length == 0)
            {
                columns.Add(string.Empty);
                continue;
            }

            if (!afterYears && BothCalendars().Match(cell) is { Success: true } both)
            {
                // Named once, as the header names it first: each row repeats it.
                columns.Add(Spaces().Replace(both.Groups[1].Value, string.Empty));
                yearCount++;
            }
            else if (!afterYears && YearsOnly().IsMatch(cell))
            {
                var inCell = Year().Matches(cell).Select(m => m.Value.Replace(" ", string.Empty, StringComparison.Ordinal)).ToList();
                columns.AddRange(inCell);
                yearCount += inCell.Count;
            }
            else if (yearCount >= 2 && !cell.Any(char.IsDigit))
            {
                afterYears = true;
                columns.Add(Spaces().Replace(cell, string.Empty));
            }
            else
            {
                return null;
            }
        }

        // Trailing empty columns name nothing.
        while (columns.Count > 0 && columns[^1].Length == 0)
        {
            columns.RemoveAt(columns.Count - 1);
        }

        return yearCount >= 2 ? columns : null;
    }

    /// <summary>
    /// How many label cells a schedule's header (years across, from its second cell on) has before its first year; 0 when
    /// the row is no such header.
    /// </summary>
    public static int ScheduleLabels(IReadOnlyList<string> row) =>
        IndexWhere(row, c => Year().IsMatch(c)) is var first and > 0 && YearColumns(row, first) is not null ? first : 0;

    // One year in both calendars: 「2021年度 (令和3年度)」; the first is group 1.
    [GeneratedRegex(@"^\s*((19|20)[0-9]{2}\s*年度|(令和|平成)\s*[0-9０-９元]+\s*年度)\s*[(（]\s*((令和|平成)\s*[0-9０-９元]+\s*年度|(19|20)[0-9]{2}\s*年度)\s*[)）]\s*$")]
    private static partial Regex BothCalendars();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"指標|KPI|項目名|評価項目")]
    private static partial Regex IndicatorHeader();

    [GeneratedRegex(@"(令和|平成)\s*[0-9０-９元]+\s*年度|(19|20)[0-9]{2}\s*年度|R[0-9]{1,2}年度?")]
    private static partial Regex Year();

    [GeneratedRegex(@"^(\s*((令和|平成)\s*[0-9０-９元]+\s*年度|(19|20)[0-9]{2}\s*年度|R[0-9]{1,2}年度?)\s*)+$")]
    private static partial Regex YearsOnly();

    [GeneratedRegex(@"^[→⇒➡▶►\-－―ー…・\s]+$")]
    private static partial Regex Arrows();

    [GeneratedRegex(@"([0-9０-９])\s+(?=[\p{IsCJKUnifiedIdeographs}\p{IsHiragana}\p{IsKatakana}%％])")]
    private static partial Regex UnitSpace();

    [GeneratedRegex(@"目標")]
    private static partial Regex TargetHeader();

    [GeneratedRegex(@"^\s*[_＿\-－―ー–—]*\s*$")]
    private static partial Regex NoValue();
}
