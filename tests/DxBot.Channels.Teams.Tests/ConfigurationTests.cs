using System.Net;
using DxBot.Channels.Teams.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Teams.Tests;

/// <summary>Settings that change the channel's behaviour, and settings that must stop the host from starting.</summary>
public class ConfigurationTests(TeamsHostFixture fixture) : IClassFixture<TeamsHostFixture>
{
    [Fact]
    public async Task Tenants_off_the_allowed_list_are_refused()
    {
        var settings = fixture.Settings();
        settings["Bot:AllowedTenants:0"] = TeamsPayloads.CityTenant;
        var log = new TurnLog();
        await using var host = DxBotHost.Start(settings, services => DxBotHost.UseRecordingBot(services, log));
        using var client = host.CreateClient();
        var connector = fixture.Servers.Connector;
        var token = fixture.Servers.Issuer.CreateToken(DxBot.TestServers.FakeBotConnector.AppId, connector.ServiceUrl);
        var allowed = TeamsPayloads.NewPersonalConversationId();
        var refused = TeamsPayloads.NewPersonalConversationId();
        var fromOtherTenant = TeamsPayloads.PersonalMessage(connector.ServiceUrl, refused, "質問", tenantId: TeamsPayloads.OtherTenant);
        // Teams' channel data is authoritative even when conversation.tenantId is absent.
        fromOtherTenant["conversation"]!.AsObject().Remove("tenantId");

        var ok = await client.PostActivityAsync(TeamsPayloads.PersonalMessage(connector.ServiceUrl, allowed, "質問"), token);
        var forbidden = await client.PostActivityAsync(fromOtherTenant, token);

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Single(log.In(allowed));
        Assert.Empty(log.In(refused));
    }

    [Fact]
    public async Task Without_the_signing_keys_nothing_is_processed_and_the_connector_may_retry()
    {
        var settings = fixture.Settings();
        // Nothing listens on port 1 of this machine.
        settings["Bot:OpenIdMetadataUrl"] = "https://127.0.0.1:1/v1/.well-known/openidconfiguration";
        var log = new TurnLog();
        await using var host = DxBotHost.Start(settings, services => DxBotHost.UseRecordingBot(services, log));
        using var client = host.CreateClient();
        var connector = fixture.Servers.Connector;
        var conversationId = TeamsPayloads.NewPersonalConversationId();

        var response = await client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(connector.ServiceUrl, conversationId, "質問"),
            fixture.Servers.Issuer.CreateToken(DxBot.TestServers.FakeBotConnector.AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(log.In(conversationId));
    }

    [Theory]
    [InlineData("Bot:MicrosoftAppPassword", "secret-without-app-id", typeof(DxBot.Protocol.Authentication.BotFrameworkOptions))]
    [InlineData("Bot:AllowedServiceUrls:0", "http://connector.example", typeof(DxBot.Protocol.Authentication.BotFrameworkOptions))]
    [InlineData("Bot:TokenEndpoint", "https://login.example/token", typeof(DxBot.Protocol.Authentication.BotFrameworkOptions))]
    [InlineData("Teams:Tenants:cccccccc-0000-4000-8000-000000000003:City", "", typeof(TeamsOptions))]
    [InlineData("Admin:Users:0", " ", typeof(TeamsAdminOptions))]
    public async Task Misconfiguration_stops_the_host_at_start(string key, string value, Type section)
    {
        var settings = new Dictionary<string, string?> { [key] = value };

        var error = await StartFailureAsync(settings);

        Assert.True(error is OptionsValidationException, error.ToString());
        Assert.Equal(section, Assert.IsType<OptionsValidationException>(error).OptionsType);
    }

    /// <summary>
    /// Why the host would not start. WebApplicationFactory can report a failed start as an ObjectDisposedException of
    /// its service provider when it loses a race with the failing host (dotnet/aspnetcore#33494); that is the test
    /// harness, not the host, so the start is tried again, a bounded number of times.
    /// </summary>
    private static async Task<Exception> StartFailureAsync(Dictionary<string, string?> settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using var host = DxBotHost.Start(settings);
            var error = Unwrap(Assert.ThrowsAny<Exception>(() => host.CreateClient()));
            if (error is not ObjectDisposedException { ObjectName: "IServiceProvider" } || attempt == 3)
            {
                return error;
            }
        }
    }

    private static Exception Unwrap(Exception error) =>
        error is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : error;
}
