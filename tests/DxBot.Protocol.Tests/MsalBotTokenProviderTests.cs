using DxBot.Protocol.Authentication;
using DxBot.TestServers;
using Microsoft.Extensions.Options;

namespace DxBot.Protocol.Tests;

public class MsalBotTokenProviderTests(FakeServersFixture servers) : IClassFixture<FakeServersFixture>
{
    [Fact]
    public async Task Gets_a_client_credentials_token_and_reuses_it()
    {
        var connector = servers.Connector;
        var before = connector.TokenRequests.Count;
        var provider = new MsalBotTokenProvider(
            Options.Create(new BotFrameworkOptions
            {
                MicrosoftAppId = FakeBotConnector.AppId,
                MicrosoftAppPassword = FakeBotConnector.AppPassword,
                MicrosoftAppTenantId = FakeBotConnector.TenantId,
                TokenEndpoint = connector.TokenEndpoint,
            }),
            TestHttpClients.CreateFactory());

        var first = await provider.GetAccessTokenAsync(CancellationToken.None);
        var second = await provider.GetAccessTokenAsync(CancellationToken.None);

        var request = Assert.Single(connector.TokenRequests.Skip(before));
        Assert.Equal(request.IssuedToken, first);
        Assert.Equal(first, second);
        Assert.Equal(FakeBotConnector.TenantId, request.Tenant);
        Assert.Equal("client_credentials", request.Form["grant_type"]);
        Assert.Equal(FakeBotConnector.AppId, request.Form["client_id"]);
        Assert.Contains(FakeBotConnector.Scope, request.Form["scope"].Split(' '));
    }

    [Fact]
    public void Refuses_to_run_without_credentials()
    {
        Assert.Throws<InvalidOperationException>(() =>
            new MsalBotTokenProvider(Options.Create(new BotFrameworkOptions()), TestHttpClients.CreateFactory()));
    }
}
