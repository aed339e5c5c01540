using System.Net;
using DxBot.Channels.Teams.Tests.Infrastructure;
using DxBot.TestServers;

namespace DxBot.Channels.Teams.Tests;

/// <summary>No app id configured: the Bot Framework Emulator on this machine talks to the bot without tokens.</summary>
public sealed class EmulatorModeTests(FakeServersFixture servers) : IClassFixture<FakeServersFixture>, IAsyncLifetime
{
    private readonly TurnLog _log = new();
    private IBotHost? _host;
    private HttpClient? _client;

    private FakeBotConnector Connector => servers.Connector;

    public Task InitializeAsync()
    {
        _host = DxBotHost.Start(
            new Dictionary<string, string?> { [$"Teams:Tenants:{TeamsPayloads.CityTenant}:City"] = TeamsPayloads.City },
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
    public async Task Replies_never_leave_the_machine()
    {
        var conversationId = Guid.NewGuid().ToString("N");

        var response = await _client!.PostActivityAsync(
            TeamsPayloads.PersonalMessage("https://smba.trafficmanager.net/amer/", conversationId, "テスト"),
            token: null);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_log.In(conversationId));
    }
}
