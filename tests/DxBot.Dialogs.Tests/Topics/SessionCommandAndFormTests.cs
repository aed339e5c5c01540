using System.Text.Json;
using DxBot.Dialogs.Topics.SupportSessions.Booking;

namespace DxBot.Dialogs.Tests.Topics;

/// <summary>The exact forms the session buttons send, and the checks every way of publishing a session shares.</summary>
public sealed class SessionCommandAndFormTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.FromHours(9));

    [Theory]
    [InlineData("予約する 12", SessionCommandKind.Book, 12L)]
    [InlineData("予約する12", SessionCommandKind.Book, 12L)]
    [InlineData("予約を取り消す 7", SessionCommandKind.CancelBooking, 7L)]
    [InlineData("前日にお知らせ 7", SessionCommandKind.Remind, 7L)]
    [InlineData("教室の予約一覧 3", SessionCommandKind.ListBookings, 3L)]
    [InlineData("教室を中止 3", SessionCommandKind.CancelSession, 3L)]
    [InlineData("私の予約", SessionCommandKind.MyBookings, null)]
    [InlineData("教室を登録", SessionCommandKind.Register, null)]
    public void Session_button_texts_are_read_as_commands(string text, SessionCommandKind kind, long? id)
    {
        var command = SessionCommand.Parse(text);

        Assert.NotNull(command);
        Assert.Equal(kind, command.Kind);
        Assert.Equal(id, command.SessionId);
    }

    [Theory]
    [InlineData("スマホ教室を予約したい")]
    [InlineData("予約する")]
    [InlineData("予約する 1234567890123")]
    [InlineData("予約する -1")]
    [InlineData("私の予約はいつですか")]
    public void Session_questions_in_residents_own_words_are_not_commands(string text) =>
        Assert.Null(SessionCommand.Parse(text));

    [Fact]
    public void Session_form_reads_a_complete_submission_in_Japan_time()
    {
        var (session, problems) = SessionForm.Read(Submit(new() { ["end"] = "12:00", ["fee"] = "無料" }), "handa", Now);

        Assert.Empty(problems);
        Assert.NotNull(session);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 10, 0, 0, TimeSpan.FromHours(9)), session.Start);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 12, 0, 0, TimeSpan.FromHours(9)), session.End);
        Assert.Equal(("スマホ教室", "市役所", 10, "無料"), (session.Programme, session.Venue, session.Capacity, session.Fee));
    }

    [Fact]
    public void Session_form_says_every_problem_at_once()
    {
        var (session, problems) = SessionForm.Read(Submit(new() { ["date"] = "2026-12-01", ["capacity"] = "0", ["venue"] = "", ["end"] = "09:00" }), "handa", Now);

        Assert.Null(session);
        Assert.Contains("会場を入力してください。", problems);
        Assert.Contains("過ぎた日時は登録できません。", problems);
        Assert.Contains("終了時刻は開始時刻より後にしてください。", problems);
        Assert.Contains(problems, p => p.StartsWith("定員は", StringComparison.Ordinal));
    }

    [Fact]
    public void Session_notice_retry_keys_are_stable_per_notice_and_booking()
    {
        Assert.Equal(SessionNotices.RetryKey(SessionNotices.Reminder, 5), SessionNotices.RetryKey(SessionNotices.Reminder, 5));
        Assert.NotEqual(SessionNotices.RetryKey(SessionNotices.Reminder, 5), SessionNotices.RetryKey(SessionNotices.Reminder, 6));
        Assert.NotEqual(SessionNotices.RetryKey(SessionNotices.Reminder, 5), SessionNotices.RetryKey(SessionNotices.Promoted, 5));
    }

    private static JsonElement Submit(Dictionary<string, string> overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["choice"] = "教室を登録", ["programme"] = "スマホ教室", ["date"] = "2026-12-10", ["start"] = "10:00", ["venue"] = "市役所", ["capacity"] = "10",
        };
        foreach (var (key, value) in overrides)
        {
            fields[key] = value;
        }

        return JsonSerializer.SerializeToElement(fields);
    }
}
