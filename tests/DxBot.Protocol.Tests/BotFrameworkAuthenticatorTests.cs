using System.Net;
using DxBot.Protocol.Authentication;
using DxBot.Protocol.Schema;
using DxBot.TestServers;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DxBot.Protocol.Tests;

public class BotFrameworkAuthenticatorTests(FakeServersFixture servers) : IClassFixture<FakeServersFixture>
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private FakeOpenIdIssuer Issuer => servers.Issuer;

    [Fact]
    public async Task Accepts_a_connector_token_for_this_bot()
    {
        var authenticator = CreateAuthenticator();
        var token = Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl);

        var result = await AuthenticateAsync(authenticator, token);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal(["msteams", "emulator"], result.Endorsements);
        Assert.True(authenticator.ValidateActivity(result, Activity()).Succeeded);
    }

    [Fact]
    public async Task Tolerates_five_minutes_of_clock_skew()
    {
        var now = DateTime.UtcNow;
        var token = Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl, notBefore: now.AddHours(-1), expires: now.AddMinutes(-2));

        var result = await AuthenticateAsync(CreateAuthenticator(), token);

        Assert.True(result.Succeeded, result.FailureReason);
    }

    public static TheoryData<string> BadTokens => new()
    {
        "expired", "not-yet-valid", "wrong-audience", "wrong-issuer", "unknown-key", "garbage",
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Rejects_tokens_that_fail_validation(string defect)
    {
        var now = DateTime.UtcNow;
        var token = defect switch
        {
            "expired" => Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl, notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)),
            "not-yet-valid" => Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl, notBefore: now.AddMinutes(10), expires: now.AddHours(1)),
            "wrong-audience" => Issuer.CreateToken("some-other-bot", ServiceUrl),
            "wrong-issuer" => Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl, issuer: "https://sts.windows.net/evil/"),
            "unknown-key" => Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl, signingKey: FakeOpenIdIssuer.CreateUnknownKey()),
            _ => "not.a.jwt",
        };

        var result = await AuthenticateAsync(CreateAuthenticator(), token);

        Assert.False(result.Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task Rejects_requests_without_a_bearer_token(string? header)
    {
        var context = new DefaultHttpContext();
        if (header is not null)
        {
            context.Request.Headers.Authorization = header;
        }

        var result = await CreateAuthenticator().AuthenticateRequestAsync(context.Request, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Binds_the_token_to_the_activity_service_url()
    {
        var authenticator = CreateAuthenticator();
        var token = Issuer.CreateToken(FakeBotConnector.AppId, "https://smba.trafficmanager.net/emea/");

        var result = await AuthenticateAsync(authenticator, token);

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.False(authenticator.ValidateActivity(result, Activity()).Succeeded);
    }

    [Fact]
    public async Task Requires_the_service_url_claim()
    {
        var authenticator = CreateAuthenticator();
        var result = await AuthenticateAsync(authenticator, Issuer.CreateToken(FakeBotConnector.AppId, serviceUrl: null));

        Assert.False(authenticator.ValidateActivity(result, Activity()).Succeeded);
    }

    [Fact]
    public async Task Requires_the_signing_key_to_be_endorsed_for_the_channel()
    {
        var authenticator = CreateAuthenticator();
        var result = await AuthenticateAsync(authenticator, Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl));

        Assert.False(authenticator.ValidateActivity(result, Activity() with { ChannelId = "slack" }).Succeeded);
    }

    [Fact]
    public async Task Caches_the_signing_keys()
    {
        var authenticator = CreateAuthenticator();
        await AuthenticateAsync(authenticator, Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl));
        var fetches = Issuer.KeyRequests;

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await AuthenticateAsync(authenticator, Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl))).Succeeded);
        }

        Assert.Equal(fetches, Issuer.KeyRequests);
    }

    [Fact]
    public async Task Picks_up_a_rotated_signing_key()
    {
        var authenticator = CreateAuthenticator();
        Assert.True((await AuthenticateAsync(authenticator, Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl))).Succeeded);

        Issuer.RotateKey();
        var result = await AuthenticateAsync(authenticator, Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl));

        Assert.True(result.Succeeded, result.FailureReason);
    }

    [Fact]
    public async Task Forged_key_ids_do_not_make_it_hammer_the_issuer()
    {
        var authenticator = CreateAuthenticator();
        Assert.True((await AuthenticateAsync(authenticator, Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl))).Succeeded);
        var fetches = Issuer.KeyRequests;

        for (var i = 0; i < 3; i++)
        {
            var forged = Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl, signingKey: FakeOpenIdIssuer.CreateUnknownKey());
            Assert.False((await AuthenticateAsync(authenticator, forged)).Succeeded);
        }

        // One on-demand fetch; the manager's background refresh may add one more.
        Assert.InRange(Issuer.KeyRequests - fetches, 1, 2);
    }

    [Theory]
    [InlineData("127.0.0.1", null, true)]
    [InlineData("::1", null, true)]
    [InlineData("::ffff:127.0.0.1", null, true)]
    [InlineData("203.0.113.7", null, false)]
    [InlineData(null, null, false)]
    [InlineData("127.0.0.1", "X-Forwarded-For", false)]
    [InlineData("127.0.0.1", "Forwarded", false)]
    [InlineData("127.0.0.1", "X-Original-For", false)]
    public async Task Emulator_mode_accepts_direct_loopback_requests_only(string? remoteAddress, string? forwardingHeader, bool expected)
    {
        var authenticator = new BotFrameworkAuthenticator(
            Options.Create(new BotFrameworkOptions { AllowUnauthenticatedLoopback = true }),
            TestHttpClients.CreateFactory());
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = remoteAddress is null ? null : IPAddress.Parse(remoteAddress);
        if (forwardingHeader is not null)
        {
            context.Request.Headers[forwardingHeader] = "for=198.51.100.4";
        }

        var result = await authenticator.AuthenticateRequestAsync(context.Request, CancellationToken.None);

        Assert.True(authenticator.IsEmulatorMode);
        Assert.Equal(expected, result.Succeeded);
        Assert.Equal(expected, result.IsAnonymous);
    }

    [Fact]
    public async Task Without_an_app_id_nothing_is_accepted_unless_the_emulator_is_explicitly_allowed()
    {
        var authenticator = new BotFrameworkAuthenticator(Options.Create(new BotFrameworkOptions()), TestHttpClients.CreateFactory());
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Loopback;

        var result = await authenticator.AuthenticateRequestAsync(context.Request, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("AllowUnauthenticatedLoopback", result.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_socket_address_decides_not_the_rewritten_remote_address()
    {
        // What the forwarded-headers middleware leaves after "X-Forwarded-For: 127.0.0.1" from a remote socket.
        var authenticator = new BotFrameworkAuthenticator(
            Options.Create(new BotFrameworkOptions { AllowUnauthenticatedLoopback = true }),
            TestHttpClients.CreateFactory());
        var context = new DefaultHttpContext();
        context.Features.Set(new ConnectionPeerFeature(IPAddress.Parse("203.0.113.7")));
        context.Connection.RemoteIpAddress = IPAddress.Loopback;

        var result = await authenticator.AuthenticateRequestAsync(context.Request, CancellationToken.None);

        Assert.False(result.Succeeded);
    }

    public static TheoryData<string> TokensThatCannotBeTheConnectors => new()
    {
        "alg-none", "alg-hs256", "wrong-issuer", "four-parts", "not-base64url",
    };

    [Theory]
    [MemberData(nameof(TokensThatCannotBeTheConnectors))]
    public async Task Tokens_that_cannot_be_the_connectors_are_refused_without_fetching_the_keys(string defect)
    {
        var handler = new CountingUnreachableHandler();
        var factory = new SingleHandlerFactory(handler);
        var authenticator = new BotFrameworkAuthenticator(
            Options.Create(new BotFrameworkOptions
            {
                MicrosoftAppId = FakeBotConnector.AppId,
                MicrosoftAppPassword = FakeBotConnector.AppPassword,
                OpenIdMetadataUrl = "https://127.0.0.1:9/v1/.well-known/openidconfiguration",
            }),
            factory);
        var valid = Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl);
        var token = defect switch
        {
            "alg-none" => UnsignedToken("none", FakeOpenIdIssuer.BotFrameworkIssuer) + ".",
            "alg-hs256" => UnsignedToken("HS256", FakeOpenIdIssuer.BotFrameworkIssuer) + ".c2lnbmF0dXJl",
            "wrong-issuer" => Issuer.CreateToken(FakeBotConnector.AppId, ServiceUrl, issuer: "https://sts.windows.net/evil/"),
            "four-parts" => valid + ".extra",
            _ => valid[..^2] + "+/",
        };

        var result = await AuthenticateAsync(authenticator, token);

        Assert.False(result.Succeeded);
        Assert.Equal(0, handler.Calls);
    }

    private static string UnsignedToken(string algorithm, string issuer)
    {
        static string Encode(string json) => Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(json);
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds();
        return Encode($$"""{"alg":"{{algorithm}}","typ":"JWT"}""") + "."
            + Encode($$"""{"iss":"{{issuer}}","aud":"{{FakeBotConnector.AppId}}","exp":{{expires}},"serviceurl":"{{ServiceUrl}}"}""");
    }

    private BotFrameworkAuthenticator CreateAuthenticator() => new(
        Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppId = FakeBotConnector.AppId,
            MicrosoftAppPassword = FakeBotConnector.AppPassword,
            OpenIdMetadataUrl = Issuer.MetadataUrl,
        }),
        TestHttpClients.CreateFactory());

    private static Task<BotAuthenticationResult> AuthenticateAsync(BotFrameworkAuthenticator authenticator, string token)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Authorization = "Bearer " + token;
        return authenticator.AuthenticateRequestAsync(context.Request, CancellationToken.None);
    }

    private static Activity Activity() => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount("a:conversation"),
    };
}
