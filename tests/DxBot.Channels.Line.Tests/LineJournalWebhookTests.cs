using System.Net;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Protocol.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>The webhook's 200 promises an answer: it is given only once the journal keeps the events.</summary>
public sealed class LineJournalWebhookTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dxbot-line-journal-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task When_the_journal_cannot_keep_the_events_LINE_is_told_503_and_its_redelivery_is_not_dropped()
    {
        await using var lineApi = await FakeLineApi.StartAsync();

        // A folder that cannot be created: a regular file stands where its parent should be.
        await using var host = new LineBotHost(lineApi, new EchoTestBot(), settings: new Dictionary<string, string?>
        {
            ["Line:Journal:Folder"] = Path.Combine(_file, "journal"),
        });
        var token = NewReplyToken();
        var eventId = NewEventId();
        var body = await CallbackAsync(Text(NewUserId(), "こんにちは", token, eventId));

        using var first = await host.PostSignedAsync("handa", body);
        using var redelivery = await host.PostSignedAsync("handa", body);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, redelivery.StatusCode);
        Assert.Equal(2, host.Logs.Lines.Count(l => l.Contains("LINE events for handa could not be written to the journal", StringComparison.Ordinal)));
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains($"LINE event {eventId} for handa was already received", StringComparison.Ordinal));
        Assert.DoesNotContain(lineApi.Calls, c => c.ReplyToken == token);
    }

    [Fact]
    public async Task The_answer_does_not_wait_for_the_journals_sync_and_LINE_gets_its_200_once_the_events_are_durable()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        var journal = new HeldSyncJournal();
        await using var host = new LineBotHost(lineApi, new EchoTestBot(), configureServices: services => services.Replace(ServiceDescriptor.Singleton<IEventJournal>(journal)));
        var token = NewReplyToken();
        var body = await CallbackAsync(Text(NewUserId(), "こんにちは", token, NewEventId()));

        // The disk holds the sync: the resident is answered all the same, and the webhook's 200 waits.
        var posting = host.PostSignedAsync("handa", body);
        await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token && x.Succeeded), "the answer while the sync is held", TimeSpan.FromMinutes(1));
        await Task.Delay(100);
        Assert.False(posting.IsCompleted);

        journal.Sync();
        using var response = await posting.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(journal.Completed);
    }

    [Fact]
    public async Task When_the_sync_fails_LINE_is_told_503_and_the_event_is_answered_once_all_the_same()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        var journal = new HeldSyncJournal();
        journal.FailSync();
        await using var host = new LineBotHost(lineApi, new EchoTestBot(), configureServices: services => services.Replace(ServiceDescriptor.Singleton<IEventJournal>(journal)));
        var token = NewReplyToken();
        var eventId = NewEventId();
        var user = NewUserId();

        using var first = await host.PostSignedAsync("handa", await CallbackAsync(Text(user, "こんにちは", token, eventId)));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, first.StatusCode);
        await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token && x.Succeeded), "the answer to the kept event", TimeSpan.FromMinutes(1));

        // LINE redelivers after the 503: this process answered it already, so the redelivery is dropped.
        using var redelivery = await host.PostSignedAsync("handa", await CallbackAsync(Text(user, "こんにちは", token, eventId, redelivery: true)));
        Assert.Equal(HttpStatusCode.OK, redelivery.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Contains("could not be synced to the disk", StringComparison.Ordinal));
        Assert.Contains(host.Logs.Lines, l => l.Contains($"LINE event {eventId} for handa was already received", StringComparison.Ordinal));
        await Task.Delay(200);
        Assert.Single(lineApi.Calls, c => c.ReplyToken == token);
    }

    [Fact]
    public async Task Events_still_unanswered_when_the_host_stops_are_answered_once_by_the_next_start_in_order()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        var settings = new Dictionary<string, string?> { ["Line:Journal:Folder"] = _folder };
        var user = NewUserId();
        var tokens = new[] { NewReplyToken(), NewReplyToken(), NewReplyToken() };
        var eventIds = new[] { NewEventId(), NewEventId(), NewEventId() };

        // LINE does not answer: the first turn waits on its reply, the chat's next two wait behind it.
        lineApi.HoldSendsAfter(0);
        await using (var stopping = new LineBotHost(lineApi, new EchoTestBot(), settings: settings))
        {
            foreach (var (token, i) in tokens.Select((t, i) => (t, i)))
            {
                using var response = await stopping.PostSignedAsync("handa", await CallbackAsync(Text(user, $"質問{i + 1}", token, eventIds[i])));
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }

            await lineApi.WaitForHeldAsync(1, TimeSpan.FromMinutes(1));
        }

        lineApi.StopHolding();
        await using var next = new LineBotHost(lineApi, new EchoTestBot(), settings: settings);
        _ = next.Client;
        var calls = await lineApi.WaitForAsync(c => tokens.All(t => c.Any(x => x.ReplyToken == t && x.Succeeded)), "the three answers", TimeSpan.FromMinutes(1));

        var replies = tokens.Select(t => Assert.Single(calls, c => c.ReplyToken == t && c.Succeeded)).ToList();
        Assert.Equal(replies.OrderBy(r => r.Sequence), replies);
        Assert.Contains(next.Logs.Lines, l => l.Contains("3 unanswered LINE events recovered from the journal", StringComparison.Ordinal));

        // Had the first host died between the journal and its 200, LINE would redeliver: the new start remembers the
        // events it recovered, so that a redelivery is not answered a second time.
        using var redelivered = await next.PostSignedAsync("handa", await CallbackAsync(Text(user, "質問1", tokens[0], eventIds[0], redelivery: true)));
        Assert.Equal(HttpStatusCode.OK, redelivered.StatusCode);
        Assert.Contains(next.Logs.Lines, l => l.Contains($"LINE event {eventIds[0]} for handa was already received", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        System.IO.File.Delete(_file);
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
