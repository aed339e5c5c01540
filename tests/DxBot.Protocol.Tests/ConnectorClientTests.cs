using DxBot.Protocol.Authentication;
using DxBot.Protocol.Connector;
using DxBot.Protocol.Schema;
using DxBot.TestServers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DxBot.Protocol.Tests;

public class ConnectorClientTests(FakeServersFixture servers) : IClassFixture<FakeServersFixture>
{
    private FakeBotConnector Connector => servers.Connector;

    [Fact]
    public async Task Replies_in_the_thread_with_the_bot_token()
    {
        var conversationId = $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1700000000001";
        var client = CreateClient();

        var response = await client.ReplyToActivityAsync(Connector.ServiceUrl, conversationId, "1700000000001", MessageFactory.Text("こんにちは"), CancellationToken.None);

        var posted = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.Equal("amer", posted.Region);
        Assert.Equal("1700000000001", posted.ReplyToId);
        Assert.True(posted.Accepted);
        Assert.True(Connector.IsIssuedToken(posted.Authorization));
        Assert.Equal("こんにちは", posted.Text);
        Assert.StartsWith("sent-", response.Id);
    }

    [Fact]
    public async Task Sends_proactively_to_the_conversation()
    {
        var conversationId = $"a:{Guid.NewGuid():N}";

        await CreateClient().SendToConversationAsync(Connector.ServiceUrl, conversationId, MessageFactory.Text("お知らせ"), CancellationToken.None);

        var posted = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.Null(posted.ReplyToId);
        Assert.True(posted.Accepted);
    }

    [Theory]
    [InlineData("https://evil.example/amer/")]
    [InlineData("https://smba.trafficmanager.net@evil.example/")]
    [InlineData("not-a-url")]
    public async Task Never_sends_the_token_to_a_service_url_off_the_list(string serviceUrl)
    {
        var tokenRequests = Connector.TokenRequests.Count;

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            CreateClient().ReplyToActivityAsync(serviceUrl, "a:1", "1", MessageFactory.Text("x"), CancellationToken.None));

        Assert.Equal(tokenRequests, Connector.TokenRequests.Count);
    }

    [Fact]
    public async Task Without_credentials_sends_no_token_and_only_to_loopback()
    {
        var conversationId = $"emulator-{Guid.NewGuid():N}";
        var client = new ConnectorClient(TestHttpClients.CreateFactory(), ServiceUrlPolicy.LoopbackOnly, tokenProvider: null, NullLogger<ConnectorClient>.Instance);

        await client.ReplyToActivityAsync(Connector.EmulatorServiceUrl, conversationId, "7", MessageFactory.Text("x"), CancellationToken.None);

        var posted = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.Equal("http", posted.Scheme);
        Assert.Null(posted.Authorization);
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            client.ReplyToActivityAsync("https://smba.trafficmanager.net/amer/", conversationId, "7", MessageFactory.Text("x"), CancellationToken.None));
    }

    [Fact]
    public async Task Retries_when_throttled()
    {
        var conversationId = $"a:{Guid.NewGuid():N}";
        Connector.FailNextPost(429, retryAfter: "0");

        await CreateClient().SendToConversationAsync(Connector.ServiceUrl, conversationId, MessageFactory.Text("x"), CancellationToken.None);

        Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
    }

    [Fact]
    public async Task Reports_a_refusal()
    {
        Connector.FailNextPost(403);

        var error = await Assert.ThrowsAsync<HttpRequestException>(() =>
            CreateClient().SendToConversationAsync(Connector.ServiceUrl, "a:refused", MessageFactory.Text("x"), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, error.StatusCode);
    }

    private ConnectorClient CreateClient()
    {
        var options = new BotFrameworkOptions
        {
            MicrosoftAppId = FakeBotConnector.AppId,
            MicrosoftAppPassword = FakeBotConnector.AppPassword,
            MicrosoftAppTenantId = FakeBotConnector.TenantId,
            TokenEndpoint = Connector.TokenEndpoint,
            AllowedServiceUrls = [Connector.AllowedServiceUrlPattern],
        };
        var factory = TestHttpClients.CreateFactory();
        return new ConnectorClient(factory, ServiceUrlPolicy.FromOptions(options), new MsalBotTokenProvider(Options.Create(options), factory), NullLogger<ConnectorClient>.Instance);
    }
}
