using DxBot.TestServers;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>
/// The DxBot host with credentials pointing at the fakes, one city tenant, one administrator and the recording bot.
/// </summary>
public sealed class TeamsHostFixture : IAsyncLifetime
{
    private IBotHost? _host;
    private HttpClient? _client;

    public FakeServersFixture Servers { get; } = new();

    internal TurnLog Log { get; } = new();

    internal HttpClient Client => _client ?? throw new InvalidOperationException("Not started.");

    internal IBotHost Host => _host ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await Servers.InitializeAsync();
        _host = DxBotHost.Start(Settings(), services => DxBotHost.UseRecordingBot(services, Log));
        _client = _host.CreateClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await Servers.DisposeAsync();
    }

    internal Dictionary<string, string?> Settings()
    {
        var settings = Servers.BotSettings();
        settings[$"Teams:Tenants:{TeamsPayloads.CityTenant}:City"] = TeamsPayloads.City;
        settings["Admin:Users:0"] = TeamsPayloads.AdminObjectId;
        return settings;
    }
}
