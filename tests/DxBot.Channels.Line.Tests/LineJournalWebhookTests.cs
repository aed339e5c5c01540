using System.Net;
using DxBot.Channels.Line.Tests.Infrastructure;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>The webhook's 200 promises an answer: it is given only once the journal keeps the events.</summary>
public sealed class LineJournalWebhookTests : IDisposable
{
    private readonly string _file = Path.GetTempFileName();

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

    public void Dispose() => System.IO.File.Delete(_file);
}
