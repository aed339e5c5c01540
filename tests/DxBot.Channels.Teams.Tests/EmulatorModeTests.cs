using System.Net;
using DxBot.Channels.Teams.Tests.Infrastructure;
using DxBot.Knowledge;
using DxBot.TestServers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DxBot.Channels.Teams.Tests;

/// <summary>
/// No app id configured and Bot:AllowUnauthenticatedLoopback set: the Bot Framework Emulator on this machine talks to
/// the bot without tokens.
/// </summary>
public sealed class EmulatorModeTests(FakeServersFixture servers) : IClassFixture<FakeServersFixture>, IAsyncLifetime
{
    private readonly TurnLog _log = new();
    private IBotHost? _host;
    private HttpClient? _client;

    private FakeBotConnector Connector => servers.Connector;

    public Task InitializeAsync()
    {
        _host = DxBotHost.Start(
            EmulatorSettings(),
            services => DxBotHost.UseRecordingBot(services, _log),
            useKestrel: true);
        _client = _host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Loopback_requests_without_a_token_are_answered_without_a_token()
    {
        var conversationId = Guid.NewGuid().ToString("N");
        var message = TeamsPayloads.PersonalMessage(Connector.EmulatorServiceUrl, conversationId, "テスト");
        message["channelId"] = "emulator";

        var response = await _client!.PostActivityAsync(message, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("テスト", Assert.Single(_log.In(conversationId)).Activity.Text);
        var reply = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.Equal("http", reply.Scheme);
        Assert.Null(reply.Authorization);
        Assert.Equal("1700000000001", reply.ReplyToId);
    }

    [Fact]
    public async Task Requests_relayed_by_a_proxy_are_refused()
    {
        var conversationId = Guid.NewGuid().ToString("N");

        var response = await _client!.PostActivityAsync(
            TeamsPayloads.PersonalMessage(Connector.EmulatorServiceUrl, conversationId, "テスト"),
            token: null,
            request => request.Headers.Add("X-Forwarded-For", "203.0.113.9"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_log.In(conversationId));
    }

    [Fact]
    public async Task Without_the_explicit_setting_no_app_id_means_every_request_is_refused()
    {
        var settings = EmulatorSettings();
        settings.Remove("Bot:AllowUnauthenticatedLoopback");
        var log = new TurnLog();
        await using var host = DxBotHost.Start(settings, services => DxBotHost.UseRecordingBot(services, log), useKestrel: true);
        using var client = host.CreateClient();
        var conversationId = Guid.NewGuid().ToString("N");

        var response = await client.PostActivityAsync(TeamsPayloads.PersonalMessage(Connector.EmulatorServiceUrl, conversationId, "テスト"), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(log.In(conversationId));
    }

    [Theory]
    // ASPNETCORE_FORWARDEDHEADERS_ENABLED once trusted X-Forwarded-For from anyone: the middleware rewrote the remote
    // address to whatever the caller wrote and removed the header it consumed.
    [InlineData("FORWARDEDHEADERS_ENABLED", "true")]
    // A trusted proxy (ForwardedHeaders:KnownProxies) does make the middleware rewrite the remote address to
    // 127.0.0.1; emulator mode must still see the socket's own address, recorded before that middleware.
    [InlineData("ForwardedHeaders:KnownProxies:0", "203.0.113.9")]
    public async Task A_remote_caller_cannot_pass_as_loopback_through_forwarded_headers(string setting, string value)
    {
        var settings = EmulatorSettings();
        settings[setting] = value;
        var log = new TurnLog();
        await using var host = DxBotHost.Start(
            settings,
            services =>
            {
                DxBotHost.UseRecordingBot(services, log);
                services.Insert(0, ServiceDescriptor.Singleton<IStartupFilter>(new RemotePeerStartupFilter(IPAddress.Parse("203.0.113.9"))));
            },
            useKestrel: true);
        using var client = host.CreateClient();
        var conversationId = Guid.NewGuid().ToString("N");

        var response = await client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(Connector.EmulatorServiceUrl, conversationId, "テスト"),
            token: null,
            request => request.Headers.Add("X-Forwarded-For", "127.0.0.1"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(log.In(conversationId));
    }

    [Fact]
    public async Task An_administrators_object_id_gives_no_admin_rights_without_authentication()
    {
        const string AdminOnly = "この操作は管理者のみ実行できます。";
        var settings = EmulatorSettings();
        settings["Admin:Users:0"] = TeamsPayloads.AdminObjectId;
        var reindexer = new CountingReindexer();
        await using var host = DxBotHost.Start(
            settings,
            services =>
            {
                services.RemoveAll<IKnowledgeReindexer>();
                services.AddSingleton<IKnowledgeReindexer>(reindexer);
            },
            useKestrel: true);
        using var client = host.CreateClient();
        var conversationId = Guid.NewGuid().ToString("N");

        var response = await client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(Connector.EmulatorServiceUrl, conversationId, "reindex", aadObjectId: TeamsPayloads.AdminObjectId),
            token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = Connector.Posted.Where(p => p.ConversationId == conversationId && p.Type == "message").ToList();
        Assert.Contains(replies, r => r.Text?.Trim() == AdminOnly);
        Assert.Equal(0, reindexer.Calls);
    }

    [Fact]
    public async Task Replies_never_leave_the_machine()
    {
        var conversationId = Guid.NewGuid().ToString("N");

        var response = await _client!.PostActivityAsync(
            TeamsPayloads.PersonalMessage("https://smba.trafficmanager.net/amer/", conversationId, "テスト"),
            token: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_log.In(conversationId));
    }

    private static Dictionary<string, string?> EmulatorSettings() => new()
    {
        [$"Teams:Tenants:{TeamsPayloads.CityTenant}:City"] = TeamsPayloads.City,
        ["Bot:AllowUnauthenticatedLoopback"] = "true",
    };
}
