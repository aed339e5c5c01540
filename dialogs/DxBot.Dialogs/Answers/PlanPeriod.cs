using System.Globalization;
using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;

namespace DxBot.Dialogs.Answers;

/// <summary>The plan's period as city.yaml gives it (「令和4年度〜令和7年度」「令和3年11月〜令和8年3月」), read for its end.</summary>
public static partial class PlanPeriod
{
    // The last day of each city's period, read from its text once (the cities' periods of the generations in service).
    private static readonly TextMemo<string, DateOnly?> PeriodEnds = new(256);

    /// <summary>The period's last day when it is before <paramref name="today"/>, which residents are told; otherwise null.</summary>
    public static DateOnly? EndedBefore(string? period, DateOnly today) =>
        period is { Length: > 0 } && EndOf(period) is { } end && end < today ? end : null;

    /// <summary>The last day of the period: the end of its last fiscal year or month; null when it names neither.</summary>
    public static DateOnly? EndOf(string period) =>
        // A city's period is asked of at every answered question (is the plan's end offered for confirmation?): read once.
        PeriodEnds.Get(period, period.Length, 0, static (period, _) => ReadEnd(period));

    private static DateOnly? ReadEnd(string period)
    {
        var last = Ends().Matches(period).LastOrDefault();
        if (last is null)
        {
            return null;
        }

        var year = YearOf(last);
        if (!last.Groups["month"].Success)
        {
            return new FiscalYear(year, last.Value).End;
        }

        var month = int.Parse(last.Groups["month"].Value, CultureInfo.InvariantCulture);
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    /// <summary>
    /// Whether the end a resident offers for confirmation (「令和10年までの計画ですよね？」) is the period's: a fiscal year
    /// must be the last one; a calendar year may be the end's, or the one before it when the period ends with a fiscal
    /// year in March (「令和7年まで」 said of 令和7年度). Null when the question offers no end of the plan.
    /// </summary>
    public static bool? ConfirmsEnd(string normalizedQuestion, DateOnly end)
    {
        if (!NamesThePlan(normalizedQuestion) || OfferedEnd().Match(normalizedQuestion) is not { Success: true } offered)
        {
            return null;
        }

        var year = YearOf(offered);
        return offered.Groups["fiscal"].Success
            ? new FiscalYear(year, offered.Value).End == end
            : year == end.Year || (end.Month == 3 && year == end.Year - 1);
    }

    /// <summary>Whether the text names the plan (計画, 方針), whose period is then what a time asked of it means.</summary>
    public static bool NamesThePlan(string text) => ThePlan().IsMatch(text);

    // The year of a match of 令和N年 (reiwa) or a western year (western).
    private static int YearOf(Match match) =>
        match.Groups["reiwa"].Success
            ? 2018 + int.Parse(match.Groups["reiwa"].Value, CultureInfo.InvariantCulture)
            : int.Parse(match.Groups["western"].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"計画|方針")]
    private static partial Regex ThePlan();

    // An end year offered and asked back (ですよね, でしたっけ, ですか…), not one asked for (「何年まで？」).
    [GeneratedRegex(@"(令和(?<reiwa>\d{1,2})|(?<western>20\d\d))年(?<fiscal>度)?末?まで(の(計画|方針))?(ですよね|でしたよね|でしたっけ|だっけ|ですか|でしょうか|だよね|よね|なの|[?？])")]
    private static partial Regex OfferedEnd();

    [GeneratedRegex(@"(令和(?<reiwa>\d{1,2})|(?<western>20\d\d))年(度|(?<month>\d{1,2})月)")]
    private static partial Regex Ends();
}
