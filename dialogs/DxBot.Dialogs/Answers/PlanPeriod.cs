using System.Globalization;
using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Answers;

/// <summary>The plan's period as city.yaml gives it (「令和4年度〜令和7年度」「令和3年11月〜令和8年3月」), read for its end.</summary>
public static partial class PlanPeriod
{
    /// <summary>The period's last day when it is before <paramref name="today"/>, which residents are told; otherwise null.</summary>
    public static DateOnly? EndedBefore(string? period, DateOnly today) =>
        period is { Length: > 0 } && EndOf(period) is { } end && end < today ? end : null;

    /// <summary>The last day of the period: the end of its last fiscal year or month; null when it names neither.</summary>
    public static DateOnly? EndOf(string period)
    {
        var last = Ends().Matches(period).LastOrDefault();
        if (last is null)
        {
            return null;
        }

        int Year(string era, string western) => era.Length > 0 ? 2018 + int.Parse(era, CultureInfo.InvariantCulture) : int.Parse(western, CultureInfo.InvariantCulture);
        var year = Year(last.Groups["reiwa"].Value, last.Groups["western"].Value);
        if (!last.Groups["month"].Success)
        {
            return new FiscalYear(year, last.Value).End;
        }

        var month = int.Parse(last.Groups["month"].Value, CultureInfo.InvariantCulture);
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    [GeneratedRegex(@"(令和(?<reiwa>\d{1,2})|(?<western>20\d\d))年(度|(?<month>\d{1,2})月)")]
    private static partial Regex Ends();
}
