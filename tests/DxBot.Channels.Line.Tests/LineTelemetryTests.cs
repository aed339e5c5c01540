using System.Net;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Tests.Shared;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>
/// Metrics and logs of real LINE turns (the dialogs and knowledge, not a stand-in), posted over HTTP and answered
/// at the fake LINE API. Each test listens only to measurements made after it starts.
/// </summary>
public sealed class LineTelemetryTests(LineTelemetryFixture fixture) : IClassFixture<LineTelemetryFixture>, IDisposable
{
    private const string Handa = "handa";
    private const string AnsweredQuestion = "RPAで年間何時間削減できましたか";
    private const string UnknownQuestion = "今日の天気は？";

    private readonly FakeLineApi _line = fixture.LineApi;
    private readonly LineBotHost _host = fixture.Host;

    public void Dispose() => _line.ClearFaults();

    [Fact]
    public async Task An_answered_turn_and_a_fallback_turn_are_counted_with_channel_city_dialog_and_outcome()
    {
        using var metrics = new MetricRecorder(_host.Services, "dxbot.turns", "dxbot.turn.duration");

        await AskAsync(AnsweredQuestion);
        var unknown = await AskAsync(UnknownQuestion);

        Assert.StartsWith("申し訳ありません。", unknown.Texts[0], StringComparison.Ordinal);
        var answered = await metrics.WaitForAsync(m => m.Instrument == "dxbot.turns" && m["outcome"] == "answered", "answered turn");
        var fallback = await metrics.WaitForAsync(m => m.Instrument == "dxbot.turns" && m["outcome"] == "fallback", "fallback turn");
        foreach (var turn in new[] { answered, fallback })
        {
            Assert.Equal(1, turn.Value);
            Assert.Equal("line", turn["channel"]);
            Assert.Equal(Handa, turn["city"]);
            Assert.Equal("KnowledgeAnswer", turn["dialog"]);
        }

        Assert.Equal(2, metrics.Measurements.Count(m => m.Instrument == "dxbot.turns"));
        var durations = metrics.Measurements.Where(m => m.Instrument == "dxbot.turn.duration").ToList();
        Assert.Equal(2, durations.Count);
        Assert.All(durations, d => Assert.True(d.Value >= 0 && d["channel"] == "line" && d["city"] == Handa, d.ToString()));
    }

    [Fact]
    public async Task Each_topic_dialog_is_named_in_the_turn_counter()
    {
        using var metrics = new MetricRecorder(_host.Services, "dxbot.turns");

        await AskAsync("スマホ教室に参加したいです");
        await AskAsync("マイナンバーは1234-5678-9012です");

        await metrics.WaitForAsync(m => m["dialog"] == "SupportSessions" && m["outcome"] == "answered", "a SupportSessions turn");
        await metrics.WaitForAsync(m => m["dialog"] == "Privacy" && m["outcome"] == "answered", "the privacy guard's turn");
    }

    [Fact]
    public async Task Metrics_endpoint_serves_prometheus_text_with_the_turn_counter()
    {
        using var metrics = new MetricRecorder(_host.Services, "dxbot.turns");
        await AskAsync(AnsweredQuestion);
        await metrics.WaitForAsync(m => m["dialog"] == "KnowledgeAnswer", "the turn");

        using var response = await _host.Client.GetAsync("/metrics");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var turns = text.Split('\n').Where(l => l.StartsWith("dxbot_turns", StringComparison.Ordinal)).ToList();
        Assert.Contains(turns, l => l.Contains("channel=\"line\"", StringComparison.Ordinal) && l.Contains("city=\"handa\"", StringComparison.Ordinal)
            && l.Contains("dialog=\"KnowledgeAnswer\"", StringComparison.Ordinal) && l.Contains("outcome=\"answered\"", StringComparison.Ordinal));
        Assert.Contains("dxbot_turn_duration", text, StringComparison.Ordinal);
        Assert.Contains("dxbot_reindex_duration", text, StringComparison.Ordinal);
        Assert.Contains("dxbot_line_messages_delivered", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_LINE_API_error_is_counted_with_its_operation_and_status()
    {
        using var metrics = new MetricRecorder(_host.Services, "dxbot.line.api.errors");
        var user = NewUserId();
        // LINE refuses the reply token; the answer is pushed instead.
        _line.FailNext(FakeLineApi.ReplyPath, 1, 400, "Invalid reply token");

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, AnsweredQuestion, NewReplyToken())));

        await _line.WaitForAsync(c => c.Any(x => x.To == user && x.Succeeded), "the push");
        var error = await metrics.WaitForAsync(m => m["operation"] == "reply", "a reply error");
        Assert.Equal("400", error["status"]);
    }

    [Fact]
    public async Task A_webhook_turn_logs_under_its_turn_id_and_never_the_user_id_the_number_or_the_secrets()
    {
        var user = NewUserId();
        var eventId = NewEventId();
        var numberEventId = NewEventId();

        await AskAsync(AnsweredQuestion, user, eventId);
        await AskAsync("私のマイナンバーは１２３４ ５６７８ ９０１２です", user, numberEventId);
        await WaitUntilAsync(() => DeliveredLine(numberEventId) is not null, "the delivery log of the second turn");

        var lines = _host.Logs.Lines;
        // The worker's scope reaches the adapter's lines; the LINE client logs through LineLog only (refusals,
        // retries), not one request/response pair per call, even with System.Net.Http at Trace.
        var delivered = DeliveredLine(eventId)!;
        Assert.Contains($"TurnId={eventId}; Channel=line; City={Handa}", delivered, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("System.Net.Http.HttpClient.LineMessagingClient", StringComparison.Ordinal));

        var logs = string.Join("\n", lines);
        Assert.DoesNotContain(user, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(user[1..], logs, StringComparison.Ordinal);
        Assert.DoesNotContain("１２３４ ５６７８ ９０１２", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789012", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("RPAで年間", logs, StringComparison.Ordinal);
        foreach (var (secret, accessToken) in LineBotHost.Cities.Values)
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
            Assert.DoesNotContain(accessToken, logs, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_answered_event_leaves_one_line_at_information_and_its_receipt_at_debug()
    {
        var eventId = NewEventId();

        await AskAsync(AnsweredQuestion, eventId: eventId);
        await WaitUntilAsync(() => DeliveredLine(eventId) is not null, "the delivery log");

        // One line per event at the bundled level: two made the webhook's threads queue on the console logger's lock.
        var lines = _host.Logs.Lines.Where(l => l.Split(" | ")[0].Contains(eventId, StringComparison.Ordinal)).ToList();
        var levels = lines.Select(l => l.Split(' ')[0]).Where(level => level is not ("Debug" or "Trace"));
        Assert.Equal(["Information"], levels);
        Assert.Contains(lines, l => l.StartsWith("Debug", StringComparison.Ordinal) && l.Contains($"LINE event message/text {eventId} for {Handa}", StringComparison.Ordinal));
    }

    private string? DeliveredLine(string eventId) =>
        _host.Logs.Lines.FirstOrDefault(l => l.Contains($"LINE answer to {eventId}", StringComparison.Ordinal) && l.Contains("delivered by reply", StringComparison.Ordinal));

    private async Task<LineApiCall> AskAsync(string text, string? user = null, string? eventId = null)
    {
        var token = NewReplyToken();
        using var response = await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user ?? NewUserId(), text, token, eventId)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await _line.WaitForAsync(c => c.Any(x => x.ReplyToken == token && x.Succeeded), "the reply to " + text, TimeSpan.FromSeconds(60));
        return calls.Single(c => c.ReplyToken == token && c.Succeeded);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for " + what);
            await Task.Delay(20);
        }
    }
}
