using Xunit;

namespace DxBot.TestServers;

/// <summary>Starts the fake issuer and connector once per test class; tests tell their traffic apart by conversation id.</summary>
public sealed class FakeServersFixture : IAsyncLifetime
{
    private FakeOpenIdIssuer? _issuer;
    private FakeBotConnector? _connector;

    internal FakeOpenIdIssuer Issuer => _issuer ?? throw new InvalidOperationException("Not started.");

    internal FakeBotConnector Connector => _connector ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        _issuer = await FakeOpenIdIssuer.StartAsync();
        _connector = await FakeBotConnector.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_connector is not null)
        {
            await _connector.DisposeAsync();
        }

        if (_issuer is not null)
        {
            await _issuer.DisposeAsync();
        }
    }

    /// <summary>The <c>Bot</c> settings that point the code under test at the fakes.</summary>
    internal Dictionary<string, string?> BotSettings(string prefix = "Bot:") => new()
    {
        [prefix + "MicrosoftAppId"] = FakeBotConnector.AppId,
        [prefix + "MicrosoftAppPassword"] = FakeBotConnector.AppPassword,
        [prefix + "MicrosoftAppTenantId"] = FakeBotConnector.TenantId,
        [prefix + "OpenIdMetadataUrl"] = Issuer.MetadataUrl,
        [prefix + "TokenEndpoint"] = Connector.TokenEndpoint,
        [prefix + "AllowedServiceUrls:0"] = Connector.AllowedServiceUrlPattern,
    };
}
