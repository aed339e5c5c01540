using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// What the question log says staff should add to the knowledge: the unanswered questions most asked, and the
/// answers residents found least helpful. Shared by `dxbot report` and `GET /admin/unanswered`.
/// </summary>
public sealed partial record QuestionReport(IReadOnlyList<UnansweredGroup> Unanswered, IReadOnlyList<FeedbackGroup> Feedback)
{
    /// <summary>Dates given to the report are days in Japan, where every city served is.</summary>
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    public static QuestionReport Build(IEnumerable<QuestionRecord> records, string? cityId = null)
    {
        var selected = records.Where(r => cityId is null || string.Equals(r.CityId, cityId, StringComparison.Ordinal)).ToList();

        var unanswered = selected
            .Where(r => r.Kind == QuestionKind.Unanswered)
            .GroupBy(r => (r.CityId, Text: Normalize(r.Text)))
            .Where(g => g.Key.Text.Length > 0)
            .Select(g => new UnansweredGroup(g.Key.CityId, g.Key.Text, g.Count(), g.Max(r => r.At)))
            .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeen).ThenBy(g => g.Text, StringComparer.Ordinal)
            .ToList();

        var feedback = selected
            .Where(r => r.Kind != QuestionKind.Unanswered && r.EntryTitle is { Length: > 0 })
            .GroupBy(r => r.EntryTitle!)
            .Select(g =>
            {
                // The question behind the latest 👎 says most about what was missing.
                var sample = g.Where(r => r.Kind == QuestionKind.NotHelpful).MaxBy(r => r.At) ?? g.MaxBy(r => r.At)!;
                return new FeedbackGroup(
                    g.Key,
                    g.Count(r => r.Kind == QuestionKind.Helpful),
                    g.Count(r => r.Kind == QuestionKind.NotHelpful),
                    Normalize(sample.Text),
                    g.Max(r => r.At));
            })
            .OrderByDescending(g => g.NotHelpful).ThenBy(g => g.Helpful).ThenByDescending(g => g.LastSeen).ThenBy(g => g.EntryTitle, StringComparer.Ordinal)
            .ToList();

        return new QuestionReport(unanswered, feedback);
    }

    /// <summary>NFKC, trimmed, whitespace collapsed: 「ラーメン　屋」 and 「ラーメン 屋 」 are one question.</summary>
    public static string Normalize(string text) =>
        Whitespace().Replace(text.Normalize(NormalizationForm.FormKC), " ").Trim();

    /// <summary>The start of a day given as YYYY-MM-DD (Japan time), or false for anything else.</summary>
    public static bool TryParseSince(string text, out DateTimeOffset since)
    {
        if (DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            since = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), JapanOffset);
            return true;
        }

        since = default;
        return false;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
