using System.Net;
using System.Text.Json.Nodes;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Protocol.Diagnostics;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>What a signed but hostile or broken webhook, or a misbehaving API, must not achieve.</summary>
[Collection(LineHostCollection.Name)]
public sealed class LineHardeningTests(LineHostFixture fixture) : IDisposable
{
    private const string Handa = "handa";

    private readonly FakeLineApi _line = fixture.LineApi;
    private readonly LineBotHost _host = fixture.Host;

    public void Dispose() => _line.ClearFaults();

    [Fact]
    public async Task A_redirect_from_the_line_api_is_not_followed()
    {
        await using var elsewhere = await FakeLineApi.StartAsync();
        _line.RedirectTo(FakeLineApi.ReplyPath, new Uri(elsewhere.BaseUrl, FakeLineApi.ReplyPath));
        _line.RedirectTo(FakeLineApi.PushPath, new Uri(elsewhere.BaseUrl, FakeLineApi.PushPath));
        var eventId = NewEventId();

        using var response = await _host.PostSignedAsync(Handa, await CallbackAsync(Text(NewUserId(), "こんにちは", NewReplyToken(), eventId)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await WaitForLogAsync($"LINE answer to {eventId}");
        Assert.Contains(_line.Calls, c => c.Path == FakeLineApi.ReplyPath && c.Status == 307);
        Assert.Empty(elsewhere.Calls);
    }

    [Theory]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    [InlineData(-1L)]
    public async Task An_event_with_an_impossible_timestamp_is_still_answered(long timestamp)
    {
        var user = NewUserId();
        var token = NewReplyToken();
        var lineEvent = Text(user, "こんにちは", token);
        lineEvent["timestamp"] = timestamp;

        using var response = await _host.PostSignedAsync(Handa, await CallbackAsync(lineEvent));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A far-future time still tries the reply token; a past one is over the reply deadline and pushed.
        var answered = await _line.WaitForAsync(
            c => c.Any(x => x.Succeeded && (x.ReplyToken == token || x.To == user)), "an answer to the event");
        var answer = answered.First(x => x.Succeeded && (x.ReplyToken == token || x.To == user));
        Assert.StartsWith("受け付けました: こんにちは", answer.Texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strings_from_a_signed_body_reach_the_log_cleaned_and_short()
    {
        var longId = new string('A', 50_000); // the host under test refuses bodies over 64 KiB
        var token = NewReplyToken();
        var hostile = Text(NewUserId(), "こんにちは", NewReplyToken());
        hostile["type"] = "x\nFORGED LOG LINE\u001b[31m";
        var longIdEvent = Text(NewUserId(), "もしもし", token, eventId: longId);
        var body = new JsonObject
        {
            ["destination"] = Destination,
            ["events"] = new JsonArray(hostile, longIdEvent),
        }.ToJsonString();

        using var response = await _host.PostSignedAsync(Handa, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _line.WaitForAsync(c => c.Any(x => x.ReplyToken == token && x.Succeeded), "the answer to the event with the long id");
        await WaitForLogAsync("LINE answer to " + new string('A', 10));
        var lines = _host.Logs.Lines;
        Assert.DoesNotContain(lines, l => l.Contains('\u001b', StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("\nFORGED", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(new string('A', LogText.MaxLength + 1), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("x?FORGED LOG LINE?[31m", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_body_with_thousands_of_events_reads_a_bounded_number_and_logs_once()
    {
        const string HandlerCategory = "DxBot.Channels.Line.LineWebhookHandler";
        var firstToken = NewReplyToken();
        var first = Text(NewUserId(), "最初", firstToken);
        var lastId = NewEventId();
        var last = Text(NewUserId(), "最後", NewReplyToken(), eventId: lastId);
        var events = new JsonArray { first };
        for (var i = 0; i < 1998; i++)
        {
            events.Add(new JsonObject());
        }

        events.Add(last);
        var body = new JsonObject { ["destination"] = Destination, ["events"] = events }.ToJsonString();
        var before = _host.Logs.Lines.Count(l => l.Contains(HandlerCategory, StringComparison.Ordinal));

        using var response = await _host.PostSignedAsync(Handa, body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _line.WaitForAsync(c => c.Any(x => x.ReplyToken == firstToken && x.Succeeded), "the answer to the first event");
        var written = _host.Logs.Lines.Where(l => l.Contains(HandlerCategory, StringComparison.Ordinal)).Skip(before).ToList();
        Assert.Single(written, l => l.Contains("carried 2000 events; only the first 100 were read", StringComparison.Ordinal));
        Assert.Single(written, l => l.Contains("99 event(s) could not be read", StringComparison.Ordinal));
        Assert.DoesNotContain(written, l => l.StartsWith("Error", StringComparison.Ordinal));
        Assert.InRange(written.Count, 3, 5);
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(lastId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_user_flooding_messages_is_told_once_to_wait_and_the_rest_are_dropped()
    {
        const string Wait = "ただいまメッセージを続けて受け付けられません。少し時間をおいてから、もう一度お送りください。";
        var bot = new EchoTestBot();
        // An hour-long window: the test's messages cannot straddle two windows.
        await using var host = new LineBotHost(_line, bot, settings: new Dictionary<string, string?>
        {
            ["Limits:TurnsPerWindowPerUser"] = "3",
            ["Limits:Window"] = "01:00:00",
        });
        var user = NewUserId();
        var tokens = Enumerable.Range(0, 6).Select(_ => NewReplyToken()).ToList();
        var ids = Enumerable.Range(0, 6).Select(_ => NewEventId()).ToList();
        var events = Enumerable.Range(0, 6).Select(i => Text(user, $"質問{i}", tokens[i], ids[i])).ToArray();

        using var response = await host.PostSignedAsync(Handa, await CallbackAsync(events));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The chat's events run in order: once the last one is settled, all are.
        await WaitForLogAsync(host, ids[5]);
        var replies = _line.Calls.Where(c => c.Succeeded && tokens.Contains(c.ReplyToken ?? string.Empty)).ToList();
        Assert.Equal(4, replies.Count);
        for (var i = 0; i < 3; i++)
        {
            Assert.StartsWith($"受け付けました: 質問{i}", replies.Single(r => r.ReplyToken == tokens[i]).Texts[0], StringComparison.Ordinal);
        }

        Assert.Equal(Wait, Assert.Single(replies.Single(r => r.ReplyToken == tokens[3]).Texts));
        Assert.Equal(3, bot.Received.Count);
    }

    [Fact]
    public async Task Webhook_requests_over_the_per_address_limit_get_429_with_retry_after()
    {
        await using var host = new LineBotHost(_line, new EchoTestBot(), settings: new Dictionary<string, string?>
        {
            ["Limits:WebhookRequestsPerWindow"] = "2",
            ["Limits:Window"] = "01:00:00",
        });
        var verify = await CallbackAsync();

        using var first = await host.PostSignedAsync(Handa, verify);
        using var second = await host.PostWebhookAsync(Handa, verify, signature: "bad");
        using var third = await host.PostSignedAsync(Handa, verify);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.NotNull(third.Headers.RetryAfter?.Delta);
    }

    private static async Task WaitForLogAsync(LineBotHost host, string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!host.Logs.Lines.Any(l => l.Contains(text, StringComparison.Ordinal) && l.Contains("LineAdapter", StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No adapter log line with '{text}'.");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Waits (generously) for the background worker to log a line containing <paramref name="text"/>.</summary>
    private async Task<string> WaitForLogAsync(string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var line = _host.Logs.Lines.FirstOrDefault(l => l.Contains(text, StringComparison.Ordinal));
            if (line is not null)
            {
                return line;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No log line with '{text}'.");
            }

            await Task.Delay(50);
        }
    }
}
