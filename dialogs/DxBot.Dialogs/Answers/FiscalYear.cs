using System.Globalization;
using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Answers;

/// <summary>A Japanese fiscal year a text names (令和7年度 → 2025, 2025年度 → 2025), as written there.</summary>
public sealed partial record FiscalYear(int Year, string Label)
{
    /// <summary>A fiscal year runs from April to the end of March of the next calendar year.</summary>
    public DateOnly End => new(Year + 1, 3, 31);

    public bool HasEnded(DateOnly today) => End < today;

    /// <summary>Every fiscal year the text names, in the text's order.</summary>
    public static IEnumerable<FiscalYear> AllIn(string text) => Pattern().Matches(text).Select(Of);

    private static FiscalYear Of(Match match) => new(
        match.Groups["reiwa"].Success
            ? 2018 + int.Parse(match.Groups["reiwa"].Value, CultureInfo.InvariantCulture)
            : int.Parse(match.Groups["western"].Value, CultureInfo.InvariantCulture),
        match.Value);

    /// <summary>
    /// The fiscal years the text names other than as a start (「2022年度（令和4年度）以降に推進」「令和2年度から」) or as what
    /// is compared with (「2018年度（平成30年度）と比べて3割削減」「令和3年度比で半減」): the years something is to be done by
    /// or in, which a target passed is noted for.
    /// </summary>
    public static IEnumerable<FiscalYear> ToBeDoneIn(string text) =>
        Pattern().Matches(text).Where(match => !StartOrBase().IsMatch(text, match.Index + match.Length)).Select(Of);

    /// <summary>Whether the text names every fiscal year the question names (true when the question names none).</summary>
    public static bool EachNamedIn(string question, string text)
    {
        var stated = AllIn(text).Select(y => y.Year).ToHashSet();
        return AllIn(question).All(y => stated.Contains(y.Year));
    }

    /// <summary>The year a target names: its first 令和 year, else its first Western one.</summary>
    public static FiscalYear? Of(string? target) =>
        target is null ? null : AllIn(target).OrderBy(y => !y.Label.StartsWith("令和", StringComparison.Ordinal)).FirstOrDefault();

    [GeneratedRegex(@"令和(?<reiwa>\d{1,2})年度|(?<western>20\d\d)年度")]
    private static partial Regex Pattern();

    // Right after a year (its other calendar's name in brackets may come first, or the year is the bracketed one): 以降,
    // から, より; と比べ, 比, 時点.
    [GeneratedRegex(@"\G[）)]?(（[^）]{0,12}）|\([^)]{0,12}\))?(以降|以後|から|より|と比べ|に比べ|と比較|比|時点|の実績)")]
    private static partial Regex StartOrBase();
}
