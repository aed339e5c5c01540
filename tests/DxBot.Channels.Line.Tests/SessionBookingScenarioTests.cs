using System.Text.Json;
using System.Text.Json.Nodes;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Channels.Teams.Tests.Infrastructure;
using DxBot.Tests.Shared;
using DxBot.TestServers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>
/// Issue 15's "done when", through the real host on loopback: staff register a session in Teams (fake Bot
/// Connector), residents see it on LINE as a carousel, book it up to capacity, the next goes on the waiting list, a
/// cancellation moves them up, the reminder is pushed the day before (FakeTimeProvider), and a past session is no
/// longer shown. Every LINE call is checked against LINE's OpenAPI contract. Once on SQLite, once on PostgreSQL.
/// </summary>
public sealed class SessionBookingScenarioTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const string City = TeamsPayloads.City;

    [Fact]
    public async Task Session_booking_from_Teams_registration_to_reminder_on_SQLite()
    {
        var file = Path.Combine(Path.GetTempPath(), "dxbot-sessions-" + Guid.NewGuid().ToString("N") + ".db");
        await RunScenarioAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = $"Data Source={file}",
        });
    }

    [Fact]
    public async Task Session_booking_from_Teams_registration_to_reminder_on_PostgreSQL()
    {
        var connectionString = await postgres.CreateDatabaseAsync();
        await RunScenarioAsync(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["Database:ConnectionString"] = connectionString,
        });
    }

    private static async Task RunScenarioAsync(Dictionary<string, string?> database)
    {
        await using var servers = new FakeServersFixtureScope();
        await servers.StartAsync();
        await using var lineApi = await FakeLineApi.StartAsync();
        // Time starts now (the fakes' tokens are valid now) and only moves forward when the scenario says so.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var settings = servers.Fixture.BotSettings();
        settings[$"Teams:Tenants:{TeamsPayloads.CityTenant}:City"] = City;
        settings["Admin:Users:0"] = TeamsPayloads.AdminObjectId;
        settings["Database:KeysFolder"] = Path.Combine(Path.GetTempPath(), "dxbot-session-keys-" + Guid.NewGuid().ToString("N"));
        settings["Sessions:ReminderInterval"] = "00:05:00";
        foreach (var (key, value) in database)
        {
            settings[key] = value;
        }

        await using var host = new LineBotHost(lineApi, testBot: null, settings: settings, configureServices: services =>
        {
            TestHttpClients.TrustTestCertificate(services);
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(clock);
        });
        var teams = host.Client;
        var connector = servers.Fixture.Connector;
        var token = servers.Fixture.Issuer.CreateToken(FakeBotConnector.AppId, connector.ServiceUrl);

        // 1. A staff member (an administrator) opens the form in Teams and submits it.
        var conversation = TeamsPayloads.NewPersonalConversationId();
        await teams.PostActivityAsync(AsAdmin(TeamsPayloads.PersonalMessage(connector.ServiceUrl, conversation, "教室を登録")), token);
        var form = Assert.Single(connector.Posted, p => p.ConversationId == conversation);
        Assert.Contains("programme", form.Card.GetRawText(), StringComparison.Ordinal);

        var day = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(TimeSpan.FromHours(9)).DateTime).AddDays(3);
        var start = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9));
        var submit = new JsonObject
        {
            ["choice"] = "教室を登録", ["programme"] = "スマホ教室（LINEの使い方）", ["date"] = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["start"] = "10:00", ["end"] = "12:00", ["venue"] = "市役所 2階 会議室", ["capacity"] = "2", ["fee"] = "無料", ["bring"] = "スマートフォン",
            ["apply"] = "このLINEから予約",
        };
        await teams.PostActivityAsync(AsAdmin(TeamsPayloads.CardSubmit(connector.ServiceUrl, conversation, submit, "1700000000001")), token);
        var registered = connector.Posted.Where(p => p.ConversationId == conversation).Last();
        Assert.StartsWith("教室を登録しました（番号 ", registered.Text, StringComparison.Ordinal);
        var sessionId = long.Parse(registered.Text!.Split("番号 ")[1].Split('）')[0], System.Globalization.CultureInfo.InvariantCulture);

        // 2. A resident asks on LINE and sees it at once (no reindex) as a carousel with 2 seats left.
        var (alice, bob, carol) = (NewUserId(), NewUserId(), NewUserId());
        var asked = await SendAsync(host, lineApi, clock, Text(alice, "次のスマホ教室はいつ？", NewReplyToken(), at: clock.GetUtcNow()));
        var carousel = SessionBubble(asked, sessionId);
        Assert.Contains("残り2席", Texts(carousel));
        Assert.Contains("市役所 2階 会議室", Texts(carousel));
        var book = carousel.GetProperty("footer").GetProperty("contents")[0].GetProperty("action");
        Assert.Equal("postback", book.GetProperty("type").GetString());
        Assert.Equal("予約する", book.GetProperty("label").GetString());
        var bookData = book.GetProperty("data").GetString()!;

        // 3. Alice books (the postback of the button): the seat count drops.
        var booked = await SendAsync(host, lineApi, clock, Postback(alice, bookData, NewReplyToken(), clock.GetUtcNow()));
        Assert.Contains("ご予約を承りました", string.Join("\n", booked.Texts), StringComparison.Ordinal);
        var afterOne = SessionBubble(await SendAsync(host, lineApi, clock, Text(bob, "スマホ教室", NewReplyToken(), at: clock.GetUtcNow())), sessionId);
        Assert.Contains("残り1席", Texts(afterOne));

        // 4. Bob takes the last seat; Carol, the capacity-th + 1, goes on the waiting list, and asks for the reminder.
        await SendAsync(host, lineApi, clock, Postback(bob, bookData, NewReplyToken(), clock.GetUtcNow()));
        var waiting = await SendAsync(host, lineApi, clock, Postback(carol, bookData, NewReplyToken(), clock.GetUtcNow()));
        Assert.Contains("キャンセル待ち（1番目）", string.Join("\n", waiting.Texts), StringComparison.Ordinal);
        var remind = await SendAsync(host, lineApi, clock, Postback(carol, $"前日にお知らせ {sessionId}", NewReplyToken(), clock.GetUtcNow()));
        Assert.Contains("教室の前日に", string.Join("\n", remind.Texts), StringComparison.Ordinal);

        // Staff see the bookings in Teams: numbers and states, never who.
        await teams.PostActivityAsync(AsAdmin(TeamsPayloads.PersonalMessage(connector.ServiceUrl, conversation, $"教室の予約一覧 {sessionId}", id: "1700000000009")), token);
        var list = connector.Posted.Where(p => p.ConversationId == conversation).Last().Text!;
        Assert.Contains("予約 2/2人、キャンセル待ち 1人", list, StringComparison.Ordinal);
        Assert.DoesNotContain(alice, list, StringComparison.Ordinal);

        // 5. Alice cancels: Carol moves up and is told by a push (with a retry key).
        var cancelled = await SendAsync(host, lineApi, clock, Postback(alice, $"予約を取り消す {sessionId}", NewReplyToken(), clock.GetUtcNow()));
        Assert.Contains("ご予約を取り消しました", string.Join("\n", cancelled.Texts), StringComparison.Ordinal);
        var promoted = (await lineApi.WaitForAsync(c => c.Any(x => x.To == carol && x.Texts.Any(t => t.Contains("ご予約が確定しました", StringComparison.Ordinal))), "Carol's promotion"))
            .Single(x => x.To == carol);
        Assert.Empty(promoted.ContractErrors);
        Assert.NotNull(promoted.RetryKey);
        var mine = await SendAsync(host, lineApi, clock, Text(carol, "私の予約", NewReplyToken(), at: clock.GetUtcNow()));
        Assert.Contains("予約済み", mine.Messages[0].GetRawText(), StringComparison.Ordinal);

        // Staff cancel another session from Teams: everyone booked on it is told by push.
        var other = (JsonObject)submit.DeepClone();
        other["programme"] = "タブレット相談会";
        other["capacity"] = "5";
        await teams.PostActivityAsync(AsAdmin(TeamsPayloads.CardSubmit(connector.ServiceUrl, conversation, other, "1700000000001")), token);
        var otherId = long.Parse(connector.Posted.Where(p => p.ConversationId == conversation).Last().Text!.Split("番号 ")[1].Split('）')[0], System.Globalization.CultureInfo.InvariantCulture);
        await SendAsync(host, lineApi, clock, Postback(bob, $"予約する {otherId}", NewReplyToken(), clock.GetUtcNow()));
        await teams.PostActivityAsync(AsAdmin(TeamsPayloads.PersonalMessage(connector.ServiceUrl, conversation, $"教室を中止 {otherId}", id: "1700000000010")), token);
        Assert.Contains("1人のうち1人にお知らせしました", connector.Posted.Where(p => p.ConversationId == conversation).Last().Text, StringComparison.Ordinal);
        var notice = (await lineApi.WaitForAsync(c => c.Any(x => x.To == bob && x.Texts.Any(t => t.Contains("中止になりました", StringComparison.Ordinal))), "Bob's notice"))
            .Single(x => x.To == bob && x.Texts.Any(t => t.Contains("中止になりました", StringComparison.Ordinal)));
        Assert.Contains("タブレット相談会", notice.Texts[0], StringComparison.Ordinal);

        // 6. The day before at 09:30 (Japan), the reminder is pushed to Carol, who asked for it, and to no one else.
        var dayBefore = new DateTimeOffset(day.AddDays(-1).ToDateTime(new TimeOnly(9, 30)), TimeSpan.FromHours(9));
        clock.SetUtcNow(dayBefore);
        var reminders = await lineApi.WaitForAsync(c => c.Any(x => x.To == carol && x.Texts.Any(t => t.StartsWith("明日は", StringComparison.Ordinal))), "Carol's reminder");
        var reminder = reminders.Single(x => x.To == carol && x.Texts.Any(t => t.StartsWith("明日は", StringComparison.Ordinal)));
        Assert.Empty(reminder.ContractErrors);
        Assert.Contains("会場: 市役所 2階 会議室", reminder.Texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain(reminders, x => x.To == bob && x.Texts.Any(t => t.StartsWith("明日は", StringComparison.Ordinal)));

        // 7. Once it has started, the session is no longer offered.
        clock.SetUtcNow(start.AddMinutes(1));
        var later = await SendAsync(host, lineApi, clock, Text(bob, "スマホ教室", NewReplyToken(), at: clock.GetUtcNow()));
        Assert.DoesNotContain(later.Messages, m => m.GetRawText().Contains("スマホ教室（LINEの使い方）", StringComparison.Ordinal));
        Assert.All(lineApi.Calls, c => Assert.Empty(c.ContractErrors));
    }

    private static JsonObject AsAdmin(JsonObject activity)
    {
        activity["from"]!["aadObjectId"] = TeamsPayloads.AdminObjectId;
        return activity;
    }

    /// <summary>Posts one signed event and returns the reply the bot sent for it.</summary>
    private static async Task<LineApiCall> SendAsync(LineBotHost host, FakeLineApi lineApi, FakeTimeProvider clock, JsonObject lineEvent)
    {
        var replyToken = lineEvent["replyToken"]!.GetValue<string>();
        using var response = await host.PostSignedAsync(City, await CallbackAsync(lineEvent));
        Assert.True(response.IsSuccessStatusCode);
        var calls = await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == replyToken), "the reply", TimeSpan.FromSeconds(60));
        var reply = calls.Single(x => x.ReplyToken == replyToken);
        Assert.Empty(reply.ContractErrors);
        return reply;
    }

    private static JsonElement SessionBubble(LineApiCall reply, long sessionId)
    {
        var flex = reply.Messages.Single(m => m.GetProperty("type").GetString() == "flex");
        var contents = flex.GetProperty("contents");
        var bubbles = contents.GetProperty("type").GetString() == "carousel" ? contents.GetProperty("contents").EnumerateArray().ToList() : [contents];
        return bubbles.Single(b => b.GetRawText().Contains($"予約する {sessionId}\"", StringComparison.Ordinal));
    }

    private static List<string> Texts(JsonElement component)
    {
        var texts = new List<string>();
        if (component.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
        {
            texts.Add(text.GetString()!);
        }

        foreach (var part in new[] { "header", "body", "footer" })
        {
            if (component.TryGetProperty(part, out var child))
            {
                texts.AddRange(Texts(child));
            }
        }

        if (component.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in contents.EnumerateArray())
            {
                texts.AddRange(Texts(item));
            }
        }

        return texts.SelectMany(t => new[] { t }.Concat(t.Split('（', '）'))).ToList();
    }

    /// <summary>The fake Bot Connector and OpenID issuer for one test.</summary>
    private sealed class FakeServersFixtureScope : IAsyncDisposable
    {
        public FakeServersFixture Fixture { get; } = new();

        public Task StartAsync() => Fixture.InitializeAsync();

        public async ValueTask DisposeAsync() => await Fixture.DisposeAsync();
    }
}
