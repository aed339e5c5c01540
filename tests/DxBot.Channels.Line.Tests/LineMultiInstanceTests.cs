using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Dialogs.Topics.MyNumberCard;
using DxBot.Storage.Redis;
using DxBot.Storage.Redis.Tests.Infrastructure;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>Two DxBot instances behind one LINE channel, sharing a real redis-server, as a city running several.</summary>
public sealed class LineMultiInstanceTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private const string AdminKey = "multi-instance-admin-key";

    // One deployment per test: both of its hosts share the prefix, other tests' keys stay apart.
    private readonly string _keyPrefix = "t" + Guid.NewGuid().ToString("N")[..6] + ":";

    [Fact]
    public async Task A_conversation_continues_when_its_next_turn_lands_on_the_other_instance()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var first = SharedHost(lineApi);
        await using var second = SharedHost(lineApi);

        var answer = await TwoTurnsAsync(lineApi, first, second);

        // "5" only means 紛失・盗難 to a conversation that was just shown the card menu.
        Assert.Contains("なくした", answer, StringComparison.Ordinal);
        Assert.Contains("0120", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_shared_store_the_other_instance_does_not_know_the_conversation()
    {
        // The control for the test above: in-process state, so the second instance takes "5" as a new message.
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var first = new LineBotHost(lineApi, testBot: null);
        await using var second = new LineBotHost(lineApi, testBot: null);

        var answer = await TwoTurnsAsync(lineApi, first, second);

        Assert.DoesNotContain("0120", answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_event_redelivered_to_both_instances_is_answered_once()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var first = SharedHost(lineApi, new EchoTestBot());
        await using var second = SharedHost(lineApi, new EchoTestBot());
        var token = NewReplyToken();
        var eventId = NewEventId();
        var body = await CallbackAsync(Text(NewUserId(), "こんにちは", token, eventId));

        var responses = await Task.WhenAll(first.PostSignedAsync("handa", body), second.PostSignedAsync("handa", body));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        // Each instance decided before its 200: exactly one of them dropped the event as already taken.
        var dropped = new[] { first, second }.Count(h => h.Logs.Lines.Any(l => l.Contains($"LINE event {eventId} for handa was already received", StringComparison.Ordinal)));
        Assert.Equal(1, dropped);
        var calls = await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token && x.Succeeded), "the reply");
        Assert.Single(calls, c => c.ReplyToken == token);
    }

    [Fact]
    public async Task A_turn_waits_while_the_same_chats_previous_turn_runs_on_another_instance()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var host = SharedHost(lineApi, new EchoTestBot());
        var user = NewUserId();
        var token = NewReplyToken();

        // Another instance is in the middle of this chat's turn: it holds the chat's lease in the shared store.
        var otherInstance = new RedisDeduplicationStore(redis.Connection, new RedisStorageOptions { KeyPrefix = _keyPrefix });
        var key = LineConversationLease.KeyOf("handa", user);
        Assert.True(await otherInstance.TryClaimAsync(key, TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.Equal(HttpStatusCode.OK, (await host.PostSignedAsync("handa", await CallbackAsync(Text(user, "こんにちは", token)))).StatusCode);

        await Task.Delay(TimeSpan.FromMilliseconds(800));
        Assert.DoesNotContain(lineApi.Calls, c => c.ReplyToken == token);

        await otherInstance.ReleaseAsync(key, CancellationToken.None);
        var calls = await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token && x.Succeeded), "the reply after the other turn ended");
        Assert.Single(calls, c => c.ReplyToken == token);

        // The lease is released once the turn ends (just after its reply), and holds no user id in clear.
        Assert.DoesNotContain(user, key, StringComparison.Ordinal);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await redis.Connection.GetDatabase().KeyExistsAsync(_keyPrefix + "once:" + key))
        {
            Assert.True(DateTime.UtcNow < deadline, "the lease was never released");
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task A_reindex_on_one_instance_reaches_the_other()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var first = SharedHost(lineApi, new EchoTestBot());
        await using var second = SharedHost(lineApi, new EchoTestBot());
        using var firstAdmin = AdminClient(first);
        using var secondAdmin = AdminClient(second);
        var before = await GenerationAsync(secondAdmin);

        var response = await firstAdmin.PostAsync("/admin/reindex", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await GenerationAsync(secondAdmin) <= before)
        {
            Assert.True(DateTime.UtcNow < deadline, "the second instance never reindexed");
            await Task.Delay(100);
        }

        // Ready on both: index in service, Redis answering.
        foreach (var host in new[] { first, second })
        {
            var ready = await host.Client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
            Assert.Contains("redis", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Questions_neither_instance_could_answer_are_reported_together()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var first = SharedHost(lineApi);
        await using var second = SharedHost(lineApi);
        var tokens = new[] { NewReplyToken(), NewReplyToken() };

        await first.PostSignedAsync("handa", await CallbackAsync(Text(NewUserId(), "おすすめのラーメン屋を教えて", tokens[0])));
        await second.PostSignedAsync("handa", await CallbackAsync(Text(NewUserId(), "明日の天気は", tokens[1])));
        await lineApi.WaitForAsync(c => tokens.All(t => c.Any(x => x.ReplyToken == t && x.Succeeded)), "both replies", TimeSpan.FromSeconds(60));

        using var admin = AdminClient(first);
        var report = await admin.GetFromJsonAsync<JsonElement>("/admin/unanswered?city=handa");

        var texts = report.GetProperty("unanswered").EnumerateArray().Select(u => u.GetProperty("text").GetString()).ToList();
        Assert.Contains("おすすめのラーメン屋を教えて", texts);
        Assert.Contains("明日の天気は", texts);
    }

    private static async Task<string> TwoTurnsAsync(FakeLineApi lineApi, LineBotHost first, LineBotHost second)
    {
        var user = NewUserId();
        var menuToken = NewReplyToken();
        await first.PostSignedAsync("handa", await CallbackAsync(Text(user, "マイナンバーカード", menuToken)));
        var menu = (await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == menuToken && x.Succeeded), "the card menu", TimeSpan.FromSeconds(60)))
            .Single(c => c.ReplyToken == menuToken && c.Succeeded);
        Assert.Contains(MyNumberCardStrings.AskTopic, string.Join("\n", menu.Texts), StringComparison.Ordinal);

        var answerToken = NewReplyToken();
        await second.PostSignedAsync("handa", await CallbackAsync(Text(user, "5", answerToken)));
        var answer = (await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == answerToken && x.Succeeded), "the answer", TimeSpan.FromSeconds(60)))
            .Single(c => c.ReplyToken == answerToken && c.Succeeded);
        // A My Number guide is a Flex bubble of numbered steps; its text is the fallback.
        return string.Join("\n", answer.Readable);
    }

    private LineBotHost SharedHost(FakeLineApi lineApi, EchoTestBot? bot = null) => new(lineApi, bot, settings: new Dictionary<string, string?>
    {
        ["Storage:Redis"] = redis.Configuration,
        ["Storage:RedisKeyPrefix"] = _keyPrefix,
        ["Admin:ApiKey"] = AdminKey,
    });

    private static HttpClient AdminClient(LineBotHost host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        return client;
    }

    private static async Task<long> GenerationAsync(HttpClient admin) =>
        (await admin.GetFromJsonAsync<JsonElement>("/admin/index")).GetProperty("generation").GetInt64();
}
