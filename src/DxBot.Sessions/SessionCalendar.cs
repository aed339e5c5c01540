using System.Globalization;
using System.Text;
using DxBot.Dialogs.Topics.SupportSessions.Booking;
using Ical.Net;
using Calendar = Ical.Net.Calendar;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace DxBot.Sessions;

/// <summary>
/// iCalendar (RFC 5545) in and out with Ical.Net: a city's sessions as a feed staff and residents can subscribe to,
/// and a calendar staff already keep imported as sessions. Capacity, fee and what to bring travel as
/// X-DXBOT-CAPACITY, X-DXBOT-FEE and X-DXBOT-BRING; an event without a capacity takes the import's default.
/// </summary>
public static class SessionCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public const string CapacityProperty = "X-DXBOT-CAPACITY";
    public const string FeeProperty = "X-DXBOT-FEE";
    public const string BringProperty = "X-DXBOT-BRING";

    public static string Feed(string cityId, string cityName, IEnumerable<PublishedSession> sessions, string host)
    {
        var calendar = new Calendar { ProductId = "-//DxBot//Sessions//JA" };
        calendar.AddProperty("X-WR-CALNAME", $"{cityName} スマホ教室・相談会");
        foreach (var session in sessions)
        {
            var description = new StringBuilder();
            description.Append(SessionStrings.Seats(session));
            if (session.Fee is { Length: > 0 } fee)
            {
                description.Append("\n参加費: ").Append(fee);
            }

            if (session.Bring is { Length: > 0 } bring)
            {
                description.Append("\n持ち物: ").Append(bring);
            }

            if (session.HowToApply is { Length: > 0 } apply)
            {
                description.Append("\n申込方法: ").Append(apply);
            }

            var item = new CalendarEvent
            {
                Uid = $"session-{session.Id.ToString(CultureInfo.InvariantCulture)}-{cityId}@{host}",
                Summary = SessionStrings.Title(session),
                Location = session.Venue,
                Description = description.ToString(),
                DtStart = new CalDateTime(session.Start.UtcDateTime, "UTC"),
                DtEnd = new CalDateTime((session.End ?? session.Start.AddHours(1)).UtcDateTime, "UTC"),
                Status = session.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed,
            };
            item.AddProperty(CapacityProperty, session.Capacity.ToString(CultureInfo.InvariantCulture));
            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    /// <summary>The events of <paramref name="ics"/> as sessions of <paramref name="cityId"/>, or the problems found (nothing is imported then).</summary>
    public static (IReadOnlyList<NewSession> Sessions, IReadOnlyList<string> Problems) Read(string ics, string cityId, int defaultCapacity, DateTimeOffset now)
    {
        var sessions = new List<NewSession>();
        var problems = new List<string>();
        Calendar? calendar;
        try
        {
            calendar = Calendar.Load(ics);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or System.Runtime.Serialization.SerializationException)
        {
            return ([], ["iCalendar として読めませんでした。"]);
        }

        var number = 0;
        foreach (var item in calendar?.Events ?? Enumerable.Empty<CalendarEvent>())
        {
            number++;
            var label = $"{number}件目（{item.Summary}）";
            if (item.Status == EventStatus.Cancelled)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(item.Summary) || string.IsNullOrWhiteSpace(item.Location) || item.DtStart is null || !item.DtStart.HasTime)
            {
                problems.Add($"{label}: 名前（SUMMARY）・会場（LOCATION）・開始日時（DTSTART）が必要です。");
                continue;
            }

            var start = ToOffset(item.DtStart);
            DateTimeOffset? end = item.DtEnd is { HasTime: true } dtEnd ? ToOffset(dtEnd) : null;
            var capacity = defaultCapacity;
            if (item.Properties.Get<string>(CapacityProperty) is { } text && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out capacity))
            {
                problems.Add($"{label}: {CapacityProperty} が数ではありません。");
                continue;
            }

            if (capacity is < 1 or > SessionForm.MaxCapacity)
            {
                problems.Add($"{label}: 定員は1〜{SessionForm.MaxCapacity}にしてください。");
                continue;
            }

            if (start <= now)
            {
                continue;
            }

            sessions.Add(new NewSession(cityId, item.Summary.Trim(), start, end, item.Location.Trim(), capacity,
                item.Properties.Get<string>(FeeProperty), item.Properties.Get<string>(BringProperty),
                string.IsNullOrWhiteSpace(item.Description) ? null : item.Description.Trim(), ExternalId: item.Uid));
        }

        return problems.Count > 0 ? ([], problems) : (sessions, []);
    }

    // A floating time (no zone) is a time in Japan, where the cities are.
    private static DateTimeOffset ToOffset(CalDateTime value) =>
        value.IsFloating
            ? new DateTimeOffset(DateTime.SpecifyKind(value.Value, DateTimeKind.Unspecified), SessionStrings.JapanOffset)
            : new DateTimeOffset(value.AsUtc, TimeSpan.Zero);
}
