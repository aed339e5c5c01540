using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace DxBot.TestServers;

/// <summary>
/// Stands in for login.botframework.com: serves OpenID metadata and a JWKS (with Bot Framework endorsements) over
/// https on loopback, and signs tokens the way the Bot Connector service does.
/// </summary>
internal sealed class FakeOpenIdIssuer : IAsyncDisposable
{
    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string KeyId = "fake-connector-key";

    private readonly WebApplication _app;
    private int _keyRequests;
    private volatile RsaSecurityKey _signingKey;

    private FakeOpenIdIssuer(WebApplication app, RsaSecurityKey signingKey, string baseUrl)
    {
        _app = app;
        _signingKey = signingKey;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>The key the issuer currently publishes and signs with.</summary>
    public RsaSecurityKey SigningKey => _signingKey;

    /// <summary>How many times the JWKS was fetched (the validator should cache it).</summary>
    public int KeyRequests => Volatile.Read(ref _keyRequests);

    public static async Task<FakeOpenIdIssuer> StartAsync(IReadOnlyList<string>? endorsements = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(TestCertificate.Certificate)));
        var app = builder.Build();
        FakeOpenIdIssuer? issuer = null;

        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = BotFrameworkIssuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = issuer!.BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        app.MapGet("/v1/.well-known/keys", () =>
        {
            Interlocked.Increment(ref issuer!._keyRequests);
            var key = issuer.SigningKey;
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new Dictionary<string, object>
                    {
                        ["kty"] = "RSA",
                        ["use"] = "sig",
                        ["kid"] = key.KeyId,
                        ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                        ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                        ["endorsements"] = endorsements ?? ["msteams", "emulator"],
                    },
                },
            });
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        issuer = new FakeOpenIdIssuer(app, new RsaSecurityKey(RSA.Create(2048)) { KeyId = KeyId }, address.TrimEnd('/'));
        return issuer;
    }

    /// <summary>Replaces the published key, as the connector does from time to time.</summary>
    public void RotateKey() => _signingKey = new RsaSecurityKey(RSA.Create(2048)) { KeyId = $"{KeyId}-{Guid.NewGuid():N}" };

    /// <summary>A token as the Bot Connector service sends it: issuer, audience = app id, serviceurl claim.</summary>
    public string CreateToken(
        string audience,
        string? serviceUrl,
        string issuer = BotFrameworkIssuer,
        DateTime? notBefore = null,
        DateTime? expires = null,
        SecurityKey? signingKey = null)
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>();
        if (serviceUrl is not null)
        {
            claims["serviceurl"] = serviceUrl;
        }

        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Claims = claims,
            SigningCredentials = new SigningCredentials(signingKey ?? SigningKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A key the issuer never published, for forged tokens.</summary>
    public static RsaSecurityKey CreateUnknownKey() => new(RSA.Create(2048)) { KeyId = "unknown-key" };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
