using System.Net;
using DxBot.Channels.Teams.Tests.Infrastructure;
using DxBot.Protocol.Builder;
using DxBot.TestServers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.IdentityModel.Tokens;

namespace DxBot.Channels.Teams.Tests;

/// <summary>The endpoint when things go wrong: a hung turn, an unreachable OpenID issuer.</summary>
public sealed class TeamsHardeningTests(FakeServersFixture servers) : IClassFixture<FakeServersFixture>
{
    private const string TurnError = "申し訳ありません。処理中に問題が発生しました。お手数ですが、もう一度お送りください。";

    private FakeBotConnector Connector => servers.Connector;

    [Fact]
    public async Task A_turn_over_the_timeout_is_cancelled_and_the_user_gets_the_error_reply()
    {
        var settings = servers.BotSettings();
        settings[$"Teams:Tenants:{TeamsPayloads.CityTenant}:City"] = TeamsPayloads.City;
        // Short so the test does not wait long; the bot hangs until cancelled, so the outcome does not depend on it.
        settings["Bot:TurnTimeout"] = "00:00:01";
        await using var host = DxBotHost.Start(settings, services =>
        {
            services.RemoveAll<IBot>();
            services.AddSingleton<IBot, HangingBot>();
        });
        using var client = host.CreateClient();
        var conversationId = TeamsPayloads.NewPersonalConversationId();

        var response = await client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(Connector.ServiceUrl, conversationId, "転入届について教えてください"),
            servers.Issuer.CreateToken(FakeBotConnector.AppId, Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.Equal(TurnError, reply.Text?.Trim());
    }

    [Fact]
    public async Task A_redirect_from_the_connector_is_not_followed()
    {
        await using var elsewhere = await FakeBotConnector.StartAsync();
        var settings = servers.BotSettings();
        settings[$"Teams:Tenants:{TeamsPayloads.CityTenant}:City"] = TeamsPayloads.City;
        var log = new TurnLog();
        await using var host = DxBotHost.Start(settings, services => DxBotHost.UseRecordingBot(services, log));
        using var client = host.CreateClient();
        var conversationId = TeamsPayloads.NewPersonalConversationId();
        Connector.RedirectNextPost($"{elsewhere.ServiceUrl}v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/1700000000001");

        var response = await client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(Connector.ServiceUrl, conversationId, "テスト"),
            servers.Issuer.CreateToken(FakeBotConnector.AppId, Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(log.In(conversationId));
        Assert.Empty(elsewhere.Posted);
    }

    [Fact]
    public async Task An_unsigned_token_is_refused_with_401_even_when_the_signing_keys_cannot_be_fetched()
    {
        var settings = servers.BotSettings();
        // Port 9 (discard) on loopback: nothing listens, the metadata cannot be fetched.
        settings["Bot:OpenIdMetadataUrl"] = "https://127.0.0.1:9/v1/.well-known/openidconfiguration";
        var log = new TurnLog();
        await using var host = DxBotHost.Start(settings, services => DxBotHost.UseRecordingBot(services, log));
        using var client = host.CreateClient();
        var conversationId = TeamsPayloads.NewPersonalConversationId();
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        var unsigned = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "."
            + Base64UrlEncoder.Encode($$"""{"iss":"https://api.botframework.com","aud":"{{FakeBotConnector.AppId}}","exp":{{expires}},"serviceurl":"{{Connector.ServiceUrl}}"}""")
            + ".";

        var response = await client.PostActivityAsync(TeamsPayloads.PersonalMessage(Connector.ServiceUrl, conversationId, "テスト"), unsigned);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(log.In(conversationId));
    }
}
