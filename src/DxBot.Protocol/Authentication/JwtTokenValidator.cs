using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace DxBot.Protocol.Authentication;

/// <summary>
/// Validates the JWT the Bot Connector service sends (steps 2–6 of "Authentication with the Bot Connector API"):
/// issuer, audience = the bot's app id, lifetime with 5 minutes of skew, and an RS256 signature by a key from the
/// published OpenID metadata (cached; fetched again, at most once a minute, when a token names a key not yet seen).
/// The serviceUrl claim and key endorsements need the activity and are checked later.
/// </summary>
public sealed class JwtTokenValidator
{
    /// <summary>How often an unknown key id may trigger a fetch of the keys (forged key ids must not hammer the issuer).</summary>
    public static readonly TimeSpan OnDemandRefreshInterval = TimeSpan.FromMinutes(1);

    private static readonly string[] FallbackAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    /// <summary>A signed JWT in compact form: three base64url parts (an encrypted one has five).</summary>
    private const int SignedTokenParts = 3;

    private readonly string _metadataAddress;
    private readonly IDocumentRetriever _documentRetriever;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _configurationManager;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };
    private readonly SemaphoreSlim _onDemandLock = new(1, 1);
    private readonly string _validIssuer;
    private readonly string _validAudience;
    private volatile OpenIdConnectConfiguration? _onDemandConfiguration;
    private long _lastOnDemandFetch = long.MinValue;

    public JwtTokenValidator(string metadataAddress, IDocumentRetriever documentRetriever, string validIssuer, string validAudience)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(metadataAddress);
        ArgumentNullException.ThrowIfNull(documentRetriever);
        ArgumentException.ThrowIfNullOrWhiteSpace(validIssuer);
        ArgumentException.ThrowIfNullOrWhiteSpace(validAudience);
        _metadataAddress = metadataAddress;
        _documentRetriever = documentRetriever;
        // The manager caches the metadata and keys and refreshes them in the background (every 12 hours by default).
        _configurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataAddress, new OpenIdConnectConfigurationRetriever(), documentRetriever);
        _validIssuer = validIssuer;
        _validAudience = validAudience;
    }

    public async Task<BotAuthenticationResult> ValidateTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || !_handler.CanReadToken(token))
        {
            return BotAuthenticationResult.Failed("The bearer token is not a well-formed JWT.");
        }

        // As Bot Builder's JwtTokenExtractor, a token that cannot be the connector's is refused before the keys are
        // looked up: otherwise an unsigned token answers 503 whenever the metadata is unreachable, and every junk
        // token costs a metadata round trip.
        if (PrecheckFailure(token) is { } failure)
        {
            return BotAuthenticationResult.Failed(failure);
        }

        var configuration = await _configurationManager.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var result = await ValidateAsync(token, configuration).ConfigureAwait(false);

        if (IsUnknownKey(result) && _onDemandConfiguration is { } fetchedEarlier && !ReferenceEquals(fetchedEarlier, configuration))
        {
            configuration = fetchedEarlier;
            result = await ValidateAsync(token, configuration).ConfigureAwait(false);
        }

        if (IsUnknownKey(result) && await FetchOnDemandAsync(cancellationToken).ConfigureAwait(false) is { } fresh)
        {
            // The connector has rotated its keys since we cached them. The manager's own refresh runs in the
            // background, which would fail this request; the keys fetched here answer it now.
            configuration = fresh;
            result = await ValidateAsync(token, configuration).ConfigureAwait(false);
            _configurationManager.RequestRefresh();
        }

        if (!result.IsValid || result.ClaimsIdentity is null)
        {
            return BotAuthenticationResult.Failed($"Token validation failed: {result.Exception?.GetType().Name ?? "unknown reason"}.");
        }

        var keyId = (result.SecurityToken as JsonWebToken)?.Kid;
        return BotAuthenticationResult.Authenticated(result.ClaimsIdentity, EndorsementsOf(configuration, keyId));
    }

    private string? PrecheckFailure(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != SignedTokenParts || parts.Any(p => p.Length == 0 || !IsBase64Url(p)))
        {
            return "The bearer token is not a signed JWT (three base64url parts).";
        }

        JsonWebToken jwt;
        try
        {
            jwt = _handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return "The bearer token is not a well-formed JWT.";
        }

        if (!FallbackAlgorithms.Contains(jwt.Alg, StringComparer.Ordinal))
        {
            return "The bearer token is not signed with an RSA algorithm the Bot Connector uses.";
        }

        string? issuer;
        try
        {
            issuer = jwt.Issuer;
        }
        catch (ArgumentException)
        {
            issuer = null;
        }

        return string.Equals(issuer, _validIssuer, StringComparison.Ordinal) ? null : "The bearer token's issuer is not the Bot Connector's.";
    }

    private static bool IsBase64Url(string part)
    {
        foreach (var c in part)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUnknownKey(TokenValidationResult result) =>
        !result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException;

    private async Task<OpenIdConnectConfiguration?> FetchOnDemandAsync(CancellationToken cancellationToken)
    {
        await _onDemandLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = Environment.TickCount64;
            if (_lastOnDemandFetch != long.MinValue && now - _lastOnDemandFetch < (long)OnDemandRefreshInterval.TotalMilliseconds)
            {
                return null;
            }

            _lastOnDemandFetch = now;
            _onDemandConfiguration = await OpenIdConnectConfigurationRetriever
                .GetAsync(_metadataAddress, _documentRetriever, cancellationToken)
                .ConfigureAwait(false);
            return _onDemandConfiguration;
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException or InvalidOperationException or ArgumentException)
        {
            // The token stays unverified, which is the safe outcome; the cached keys remain in use.
            return null;
        }
        finally
        {
            _onDemandLock.Release();
        }
    }

    private Task<TokenValidationResult> ValidateAsync(string token, OpenIdConnectConfiguration configuration)
    {
        var algorithms = configuration.IdTokenSigningAlgValuesSupported is { Count: > 0 } supported
            ? supported.ToArray()
            : FallbackAlgorithms;

        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            ValidIssuer = _validIssuer,
            ValidateAudience = true,
            ValidAudience = _validAudience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = AuthenticationConstants.ClockSkew,
            RequireSignedTokens = true,
            ValidateIssuerSigningKey = true,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = algorithms,
        };

        return _handler.ValidateTokenAsync(token, parameters);
    }

    /// <summary>Reads the Bot Framework's non-standard <c>endorsements</c> property of the JWK that signed the token.</summary>
    private static IReadOnlyList<string>? EndorsementsOf(OpenIdConnectConfiguration configuration, string? keyId)
    {
        if (keyId is null || configuration.JsonWebKeySet is null)
        {
            return null;
        }

        var key = configuration.JsonWebKeySet.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value) || value is null)
        {
            return null;
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.String)
                .Select(e => e.GetString()!)
                .ToList(),
            string single => [single],
            System.Collections.IEnumerable items => items.Cast<object?>().Select(i => i?.ToString()).OfType<string>().ToList(),
            _ => null,
        };
    }
}
