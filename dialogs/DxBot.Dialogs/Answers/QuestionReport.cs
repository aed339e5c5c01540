using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// What the question log says staff should add to the knowledge: the unanswered questions most asked, and the
/// answers residents found least helpful. Shared by `dxbot report` and `GET /admin/unanswered`. Built from the log one
/// entry at a time (only the groups are kept), and at most <see cref="MaxGroups"/> of each list are returned;
/// <see cref="UnansweredGroups"/> and <see cref="RatedAnswers"/> say how many there were in all.
/// </summary>
public sealed partial record QuestionReport(IReadOnlyList<UnansweredGroup> Unanswered, IReadOnlyList<FeedbackGroup> Feedback)
{
    /// <summary>Dates given to the report are days in Japan, where every city served is.</summary>
    public static readonly TimeSpan JapanOffset = TimeSpan.FromHours(9);

    /// <summary>Groups listed when the caller does not say.</summary>
    public const int DefaultGroups = 100;

    /// <summary>The most groups of each list a report returns, whatever is asked.</summary>
    public const int MaxGroups = 1000;

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyyMMdd"];

    /// <summary>Distinct unanswered questions in the log, listed or not.</summary>
    public int UnansweredGroups { get; init; }

    /// <summary>Unanswered questions asked in all (the sum of every group's count, listed or not).</summary>
    public int UnansweredAsked { get; init; }

    /// <summary>Answers rated in the log, listed or not.</summary>
    public int RatedAnswers { get; init; }

    public static QuestionReport Build(IEnumerable<QuestionRecord> records, string? cityId = null, int limit = DefaultGroups)
    {
        var builder = new Builder(cityId);
        foreach (var record in records)
        {
            builder.Add(record);
        }

        return builder.Build(limit);
    }

    public static async Task<QuestionReport> BuildAsync(IAsyncEnumerable<QuestionRecord> records, string? cityId, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(records);
        var builder = new Builder(cityId);
        await foreach (var record in records.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            builder.Add(record);
        }

        return builder.Build(limit);
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

    private sealed class Builder(string? cityId)
    {
        private readonly Dictionary<(string? CityId, string Text), (int Count, DateTimeOffset LastSeen)> _unanswered = [];
        private readonly Dictionary<string, Rated> _feedback = new(StringComparer.Ordinal);

        public void Add(QuestionRecord record)
        {
            if (cityId is not null && !string.Equals(record.CityId, cityId, StringComparison.Ordinal))
            {
                return;
            }

            if (record.Kind == QuestionKind.Unanswered)
            {
                var text = Normalize(record.Text);
                if (text.Length > 0)
                {
                    var key = (record.CityId, text);
                    var (count, lastSeen) = _unanswered.GetValueOrDefault(key);
                    _unanswered[key] = (count + 1, count == 0 || record.At > lastSeen ? record.At : lastSeen);
                }
            }
            else if (record.EntryTitle is { Length: > 0 } title)
            {
                var rated = _feedback.TryGetValue(title, out var found) ? found : _feedback[title] = new Rated();
                rated.Add(record);
            }
        }

        public QuestionReport Build(int limit)
        {
            var take = Math.Clamp(limit, 1, MaxGroups);
            var unanswered = _unanswered
                .Select(p => new UnansweredGroup(p.Key.CityId, p.Key.Text, p.Value.Count, p.Value.LastSeen))
                .OrderByDescending(g => g.Count).ThenByDescending(g => g.LastSeen).ThenBy(g => g.Text, StringComparer.Ordinal)
                .Take(take)
                .ToList();
            var feedback = _feedback
                .Select(p => new FeedbackGroup(p.Key, p.Value.Helpful, p.Value.NotHelpful, Normalize(p.Value.Sample!.Text), p.Value.LastSeen))
                .OrderByDescending(g => g.NotHelpful).ThenBy(g => g.Helpful).ThenByDescending(g => g.LastSeen).ThenBy(g => g.EntryTitle, StringComparer.Ordinal)
                .Take(take)
                .ToList();
            return new QuestionReport(unanswered, feedback)
            {
                UnansweredGroups = _unanswered.Count,
                UnansweredAsked = _unanswered.Values.Sum(v => v.Count),
                RatedAnswers = _feedback.Count,
            };
        }
    }

    private sealed class Rated
    {
        public int Helpful { get; private set; }

        public int NotHelpful { get; private set; }

        public DateTimeOffset LastSeen { get; private set; }

        /// <summary>The question behind the latest 👎, which says most about what was missing; else the latest question.</summary>
        public QuestionRecord? Sample { get; private set; }

        public void Add(QuestionRecord record)
        {
            var first = Helpful + NotHelpful == 0;
            if (record.Kind == QuestionKind.Helpful)
            {
                Helpful++;
            }
            else
            {
                NotHelpful++;
            }

            // On a tie the earlier entry stays, as with MaxBy over the log in its order.
            var sampleIsDislike = Sample?.Kind == QuestionKind.NotHelpful;
            var isDislike = record.Kind == QuestionKind.NotHelpful;
            if (Sample is null || (isDislike && !sampleIsDislike) || (isDislike == sampleIsDislike && record.At > Sample.At))
            {
                Sample = record;
            }

            LastSeen = first || record.At > LastSeen ? record.At : LastSeen;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
