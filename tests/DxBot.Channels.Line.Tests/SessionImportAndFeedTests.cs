using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using DxBot.Channels.Line.Tests.Infrastructure;
using Ical.Net;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>Staff's other ways in and out, over HTTP: CSV and iCalendar import, the city's iCalendar feed, bookings in /admin and cancelling a session.</summary>
public sealed class SessionImportAndFeedTests : IAsyncLifetime
{
    private const string ApiKey = "session-admin-key-3f9a";
    private const string City = "goshogawara";

    private readonly string _database = Path.Combine(Path.GetTempPath(), "dxbot-sessions-" + Guid.NewGuid().ToString("N") + ".db");
    private FakeLineApi _lineApi = null!;
    private LineBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _lineApi = await FakeLineApi.StartAsync();
        _host = new LineBotHost(_lineApi, testBot: null, settings: new Dictionary<string, string?>
        {
            ["Admin:ApiKey"] = ApiKey,
            ["Database:ConnectionString"] = $"Data Source={_database}",
            ["Database:KeysFolder"] = Path.Combine(Path.GetTempPath(), "dxbot-session-keys-" + Guid.NewGuid().ToString("N")),
            ["Sessions:AnnouncementBatchSize"] = "2",
        });

        // The cities are known once the knowledge is loaded: wait for it as a load balancer would.
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            using var ready = await _host.Client.GetAsync("/readyz");
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, "the host was not ready in time");
            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _lineApi.DisposeAsync();
    }

    [Fact]
    public async Task Session_CSV_import_publishes_every_row_and_the_bot_offers_them_at_once()
    {
        var date = Japan(DateTimeOffset.UtcNow.AddDays(10));
        var csv = $"programme,date,start,end,venue,capacity,fee,bring,apply\nスマホ相談会,{date},13:30,15:00,中央公民館,8,無料,スマートフォン,電話でも受付\n";

        using var response = await ImportAsync(csv, "text/csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync();
        Assert.Equal(1, body.GetProperty("imported").GetInt32());
        var token = NewReplyToken();
        await _host.PostSignedAsync(City, await CallbackAsync(Text(NewUserId(), "スマホ教室はありますか", token)));
        var reply = (await _lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token), "the answer", TimeSpan.FromSeconds(60))).Single(x => x.ReplyToken == token);
        Assert.Empty(reply.ContractErrors);
        Assert.Contains(reply.Messages, m => m.GetProperty("type").GetString() == "flex" && m.GetRawText().Contains("中央公民館", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_CSV_with_a_bad_row_imports_nothing_and_says_which_row()
    {
        var date = Japan(DateTimeOffset.UtcNow.AddDays(10));
        var csv = $"programme,date,start,venue,capacity\nスマホ教室,{date},10:00,市役所,10\nスマホ教室,{date},10:00,市役所,たくさん\n";

        using var response = await ImportAsync(csv, "text/csv");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problems = (await response.Content.ReadFromJsonAsync()).GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        Assert.Contains(problems, p => p!.StartsWith("3行目: 定員は", StringComparison.Ordinal));
        using var list = await AdminAsync(HttpMethod.Get, $"/admin/sessions/?city={City}");
        Assert.Empty((await list.Content.ReadFromJsonAsync()).EnumerateArray());
    }

    [Fact]
    public async Task Session_iCalendar_import_twice_updates_the_same_event_and_the_citys_feed_lists_it()
    {
        var start = DateTimeOffset.UtcNow.AddDays(5);
        string Ics(string venue) =>
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//JA\r\nBEGIN:VEVENT\r\nUID:smartphone-2026-12@city.example.jp\r\n" +
            $"DTSTAMP:20261201T000000Z\r\nDTSTART:{start.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}\r\nDTEND:{start.AddHours(2).UtcDateTime:yyyyMMdd'T'HHmmss'Z'}\r\n" +
            $"SUMMARY:スマホ教室\r\nLOCATION:{venue}\r\nX-DXBOT-CAPACITY:12\r\nX-DXBOT-FEE:無料\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        using (var first = await ImportAsync(Ics("市役所 会議室"), "text/calendar"))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        using (var second = await ImportAsync(Ics("市民センター"), "text/calendar"))
        {
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        }

        using var feed = await _host.Client.GetAsync($"/cities/{City}/sessions.ics");
        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType?.MediaType);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        var item = Assert.Single(calendar.Events);
        Assert.Equal("スマホ教室", item.Summary);
        Assert.Equal("市民センター", item.Location);
        Assert.Equal(start.UtcDateTime.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture),
            item.DtStart!.AsUtc.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("残り12席", item.Description, StringComparison.Ordinal);
        using var unknown = await _host.Client.GetAsync("/cities/atlantis/sessions.ics");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Session_cancelled_by_staff_tells_everyone_booked_by_push_and_admin_lists_bookings_without_ids()
    {
        var date = Japan(DateTimeOffset.UtcNow.AddDays(7));
        using var imported = await ImportAsync($"programme,date,start,venue,capacity\nスマホ教室,{date},10:00,市役所,1\n", "text/csv");
        var id = (await imported.Content.ReadFromJsonAsync()).GetProperty("sessions")[0].GetProperty("id").GetInt64();
        var (first, second) = (NewUserId(), NewUserId());
        foreach (var user in new[] { first, second })
        {
            var token = NewReplyToken();
            await _host.PostSignedAsync(City, await CallbackAsync(Postback(user, $"予約する {id}", token)));
            await _lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token), "the booking");
        }

        using var bookings = await AdminAsync(HttpMethod.Get, $"/admin/sessions/{id}/bookings");
        var bookingsText = await bookings.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, bookings.StatusCode);
        Assert.Contains("\"state\":\"booked\"", bookingsText, StringComparison.Ordinal);
        Assert.Contains("\"state\":\"waiting\"", bookingsText, StringComparison.Ordinal);
        Assert.DoesNotContain(first, bookingsText, StringComparison.Ordinal);

        using var cancel = await AdminAsync(HttpMethod.Post, $"/admin/sessions/{id}/cancel");

        Assert.Equal(HttpStatusCode.OK, cancel.StatusCode);
        Assert.Equal(2, (await cancel.Content.ReadFromJsonAsync()).GetProperty("told").GetInt32());
        var pushes = _lineApi.Calls.Where(c => c.Path == FakeLineApi.PushPath && c.Texts.Any(t => t.Contains("中止になりました", StringComparison.Ordinal))).ToList();
        Assert.Equal(new[] { first, second }.Order(), pushes.Select(p => p.To!).Order());
        Assert.All(pushes, p => Assert.Empty(p.ContractErrors));
        Assert.Equal(2, pushes.Select(p => p.RetryKey).Distinct().Count());
        // The notices spend the account's quota like any push: /admin counts them.
        using var admin = await AdminAsync(HttpMethod.Get, "/admin/handoffs");
        Assert.True((await admin.Content.ReadFromJsonAsync()).GetProperty("pushesThisMonth").GetProperty(City).GetInt64() >= 2);
        using var unauthorized = await _host.Client.PostAsync($"/admin/sessions/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
    }

    [Fact]
    public async Task Session_samples_are_marked_and_only_loaded_when_asked()
    {
        var sample = await System.IO.File.ReadAllTextAsync(Path.Combine(TestPaths.KnowledgeFolder, "..", "samples", "sessions.sample.csv"));
        using var before = await AdminAsync(HttpMethod.Get, $"/admin/sessions/?city={City}");
        Assert.Empty((await before.Content.ReadFromJsonAsync()).EnumerateArray());

        using var imported = await ImportAsync(sample, "text/csv", "&sample=true");

        var sessions = (await imported.Content.ReadFromJsonAsync()).GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(2, sessions.Count);
        Assert.All(sessions, s => Assert.True(s.GetProperty("isSample").GetBoolean()));
        Assert.All(sessions, s => Assert.StartsWith("【サンプル】", s.GetProperty("programme").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Session_announcements_go_to_subscribers_by_multicast_in_batches_within_the_quota()
    {
        var (a, b, c, leaving) = (NewUserId(), NewUserId(), NewUserId(), NewUserId());
        foreach (var user in new[] { a, b, c, leaving })
        {
            Assert.Contains("お知らせします", await SayAsync(user, "教室のお知らせ"), StringComparison.Ordinal);
        }

        Assert.Contains("すでに", await SayAsync(a, "教室のお知らせ"), StringComparison.Ordinal);
        Assert.Contains("停止しました", await SayAsync(leaving, "教室のお知らせを停止"), StringComparison.Ordinal);
        var date = Japan(DateTimeOffset.UtcNow.AddDays(9));

        using var imported = await ImportAsync($"programme,date,start,venue,capacity\nタブレット体験会,{date},14:00,図書館,15\n", "text/csv");

        var announced = (await imported.Content.ReadFromJsonAsync()).GetProperty("announced");
        Assert.Equal(3, announced.GetProperty("sent").GetInt32());
        var multicasts = _lineApi.Calls.Where(x => x.Path == FakeLineApi.MulticastPath).ToList();
        Assert.Equal([2, 1], multicasts.Select(m => m.Recipients.Count));
        Assert.Equal(new[] { a, b, c }.Order(), multicasts.SelectMany(m => m.Recipients).Order());
        Assert.All(multicasts, m => Assert.Empty(m.ContractErrors));
        Assert.All(multicasts, m => Assert.Contains("タブレット体験会", m.Texts[0], StringComparison.Ordinal));
        Assert.Equal(2, multicasts.Select(m => m.RetryKey).Distinct().Count());
        // A multicast counts one message per recipient against the quota, as LINE counts it.
        using var admin = await AdminAsync(HttpMethod.Get, "/admin/handoffs");
        var counted = (await admin.Content.ReadFromJsonAsync()).GetProperty("pushesThisMonth").GetProperty(City).GetInt64();
        Assert.Equal(_lineApi.Calls.Count(x => x.Path == FakeLineApi.PushPath && x.Succeeded) + 3, counted);

        // With fewer messages left this month than subscribers, nobody is told rather than some.
        var used = _lineApi.Calls.Count(x => x.Path == FakeLineApi.PushPath && x.Succeeded) + 3;
        _lineApi.MonthlyQuota = used + 2;
        using var second = await ImportAsync($"programme,date,start,venue,capacity\nスマホ教室,{date},10:00,図書館,15\n", "text/csv");

        Assert.True((await second.Content.ReadFromJsonAsync()).GetProperty("announced").GetProperty("quotaExceeded").GetBoolean());
        Assert.Equal(2, _lineApi.Calls.Count(x => x.Path == FakeLineApi.MulticastPath));
        Assert.Contains(_lineApi.Calls, x => x.Path == FakeLineApi.QuotaConsumptionPath && x.Succeeded);
    }

    private async Task<string> SayAsync(string user, string text)
    {
        var token = NewReplyToken();
        await _host.PostSignedAsync(City, await CallbackAsync(Text(user, text, token)));
        var reply = (await _lineApi.WaitForAsync(x => x.Any(call => call.ReplyToken == token), "the reply", TimeSpan.FromSeconds(60))).Single(call => call.ReplyToken == token);
        Assert.Empty(reply.ContractErrors);
        return string.Join("\n", reply.Readable);
    }

    private static string Japan(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private Task<HttpResponseMessage> ImportAsync(string body, string contentType, string query = "") =>
        AdminAsync(HttpMethod.Post, $"/admin/sessions/import?city={City}{query}", new StringContent(body, Encoding.UTF8, contentType));

    private async Task<HttpResponseMessage> AdminAsync(HttpMethod method, string path, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        return await _host.Client.SendAsync(request);
    }
}
