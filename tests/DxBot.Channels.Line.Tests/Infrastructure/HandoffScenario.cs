using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DxBot.Channels.Teams.Tests.Infrastructure;
using DxBot.Tests.Shared;
using DxBot.TestServers;
using Microsoft.Extensions.DependencyInjection;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>
/// One real host for 「職員に聞く」 on loopback: LINE webhooks in and the fake LINE API out, the fake Bot Connector as
/// handa's staff channel in Teams with staff submits signed by the fake issuer, a copy of the knowledge it may write
/// to, and a database of the given provider (a SQLite file, or a fresh database on a real PostgreSQL).
/// </summary>
internal sealed class HandoffScenario : IAsyncDisposable
{
    public const string City = "handa";
    public const string StaffConversation = "19:handa-staff@thread.tacv2";
    public const string AdminKey = "handoff-admin-key";

    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(90);

    private HandoffScenario(FakeLineApi lineApi, FakeServersFixture servers, string folder)
    {
        LineApi = lineApi;
        Servers = servers;
        Folder = folder;
    }

    public FakeLineApi LineApi { get; }

    public FakeServersFixture Servers { get; }

    public string Folder { get; }

    public string KnowledgeFolder => Path.Combine(Folder, "knowledge");

    public LineBotHost Host { get; private set; } = null!;

    /// <param name="configureChannel">False: no staff channel configured, so it must be captured when the bot is added to a team.</param>
    public static async Task<HandoffScenario> StartAsync(
        string provider, PostgresServer postgres, Action<IServiceCollection>? configureServices = null, IDictionary<string, string?>? settings = null, bool configureChannel = true)
    {
        var folder = Path.Combine(Path.GetTempPath(), "dxbot-handoff-" + Guid.NewGuid().ToString("N"));
        CopyFolder(TestPaths.KnowledgeFolder, Path.Combine(folder, "knowledge"));
        var servers = new FakeServersFixture();
        await servers.InitializeAsync();
        var scenario = new HandoffScenario(await FakeLineApi.StartAsync(), servers, folder);

        var all = servers.BotSettings();
        all[$"Teams:Tenants:{TeamsPayloads.CityTenant}:City"] = City;
        // Another city's staff, who must not act on handa's requests.
        all[$"Teams:Tenants:{TeamsPayloads.OtherTenant}:City"] = "goshogawara";
        all["Knowledge:Folders:0"] = scenario.KnowledgeFolder;
        all["Admin:ApiKey"] = AdminKey;
        all["Questions:Folder"] = Path.Combine(folder, "questions");
        all["Database:KeysFolder"] = Path.Combine(folder, "keys");
        if (configureChannel)
        {
            all[$"Handoff:Cities:{City}:ServiceUrl"] = servers.Connector.ServiceUrl;
            all[$"Handoff:Cities:{City}:ConversationId"] = StaffConversation;
        }

        all[$"Handoff:Cities:{City}:Department"] = "総務部 企画課";
        all["Database:Provider"] = provider;
        all["Database:ConnectionString"] = provider == "PostgreSql" ? await postgres.CreateDatabaseAsync() : $"Data Source={Path.Combine(folder, "dxbot.db")}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        scenario.Host = new LineBotHost(scenario.LineApi, testBot: null, settings: all, configureServices: services =>
        {
            TestHttpClients.TrustTestCertificate(services);
            configureServices?.Invoke(services);
        });
        _ = scenario.Host.Client;
        return scenario;
    }

    /// <summary>A resident's message on handa's LINE account; returns the bot's reply (texts and quick reply labels).</summary>
    public async Task<LineReply> SayAsync(string userId, string text)
    {
        var token = NewReplyToken();
        using var response = await Host.PostSignedAsync(City, await CallbackAsync(Text(userId, text, token)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await LineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token && x.Succeeded), $"the reply to 「{text}」", Wait);
        var reply = calls.Single(c => c.ReplyToken == token && c.Succeeded);
        Assert.Empty(reply.ContractErrors);
        return LineReply.Of(reply);
    }

    public async Task<PostedActivity> WaitForStaffPostAsync(Func<PostedActivity, bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Wait;
        while (true)
        {
            var found = Servers.Connector.Posted.FirstOrDefault(p => p.Accepted && condition(p));
            if (found is not null)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}. Posted:\n" + string.Join("\n", Servers.Connector.Posted.Select(p => p.Activity.ToString())));
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The card of a request at the staff channel (a new message, not a reply), with the question in it.</summary>
    public Task<PostedActivity> WaitForCardAsync(string question) =>
        WaitForStaffPostAsync(p => p.ConversationId == StaffConversation && p.ReplyToId is null && HasCard(p) && p.Card.ToString().Contains(question, StringComparison.Ordinal), "the staff card");

    /// <summary>Teams telling the bot it was added to a team of handa's tenant, in the given channel thread.</summary>
    public async Task AddBotToTeamAsync(string threadId)
    {
        var update = TeamsPayloads.BotAddedToTeam(Servers.Connector.ServiceUrl, threadId);
        update["id"] = "added-" + Guid.NewGuid().ToString("N");
        var token = Servers.Issuer.CreateToken(FakeBotConnector.AppId, Servers.Connector.ServiceUrl);
        using var response = await Host.Client.PostActivityAsync(update, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A staff member pressing a card button: the submit, signed as the Bot Connector signs it; returns the bot's reply.</summary>
    public async Task<PostedActivity> StaffSubmitAsync(JsonObject data, string replyTo, string tenant = TeamsPayloads.CityTenant)
    {
        var activity = TeamsPayloads.CardSubmit(Servers.Connector.ServiceUrl, StaffConversation, data, replyTo);
        activity["conversation"]!["tenantId"] = tenant;
        activity["channelData"]!["tenant"]!["id"] = tenant;
        activity["id"] = "staff-" + Guid.NewGuid().ToString("N");
        var token = Servers.Issuer.CreateToken(FakeBotConnector.AppId, Servers.Connector.ServiceUrl);
        using var response = await Host.Client.PostActivityAsync(activity, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = activity["id"]!.GetValue<string>();
        return await WaitForStaffPostAsync(p => p.ReplyToId == id, "the bot's reply to the staff submit");
    }

    public static string RequestId(PostedActivity card) =>
        card.Card.GetProperty("actions")[0].GetProperty("data").GetProperty("id").GetString()!;

    public static bool HasCard(PostedActivity posted) =>
        posted.Activity.TryGetProperty("attachments", out var attachments) && attachments.ValueKind == JsonValueKind.Array && attachments.GetArrayLength() > 0;

    public static string TextOf(PostedActivity posted) =>
        posted.Text ?? (HasCard(posted) ? posted.Card.ToString() : "");

    public async Task<JsonElement> AdminAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminKey);
        using var response = await Host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public IReadOnlyList<LineApiCall> PushesTo(string userId) =>
        LineApi.Calls.Where(c => c.Path == FakeLineApi.PushPath && c.To == userId).ToList();

    public static string Month(DateTimeOffset at) => at.ToOffset(TimeSpan.FromHours(9)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await LineApi.DisposeAsync();
        await Servers.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            System.IO.File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }
}
