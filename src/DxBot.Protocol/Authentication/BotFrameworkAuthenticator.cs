using System.Net.Http.Headers;
using DxBot.Protocol.Connector;
using DxBot.Protocol.Schema;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace DxBot.Protocol.Authentication;

/// <summary>
/// Decides whether a request to the messaging endpoint comes from the Bot Connector service. Authentication runs in two
/// steps so an unauthenticated caller never reaches the body parser: the token first, then (with the parsed activity)
/// the serviceUrl claim and the signing key's channel endorsements.
/// </summary>
public sealed class BotFrameworkAuthenticator
{
    // A reverse proxy on the same machine makes every caller look local; a request it forwarded is not the Emulator's.
    // X-Original-* are what the forwarded-headers middleware leaves behind once it has consumed the others.
    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP", "X-Original-For"];

    private readonly BotFrameworkOptions _options;
    private readonly JwtTokenValidator? _validator;

    public BotFrameworkAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        _options = options.Value;
        if (!_options.IsEmulatorMode)
        {
            _validator = new JwtTokenValidator(
                _options.OpenIdMetadataUrl,
                new FactoryDocumentRetriever(httpClientFactory),
                _options.TokenIssuer,
                _options.MicrosoftAppId!.Trim());
        }
    }

    public bool IsEmulatorMode => _validator is null;

    /// <summary>Checks the Authorization header (or, in emulator mode, that the caller is this machine).</summary>
    public async Task<BotAuthenticationResult> AuthenticateRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_validator is null)
        {
            if (!_options.AllowUnauthenticatedLoopback)
            {
                return BotAuthenticationResult.Failed(
                    "No app id is configured and Bot:AllowUnauthenticatedLoopback is not set: every request is refused.");
            }

            return IsDirectLoopbackRequest(request)
                ? BotAuthenticationResult.Anonymous()
                : BotAuthenticationResult.Failed("No app id is configured: only direct loopback requests (the Bot Framework Emulator) are accepted.");
        }

        var header = request.Headers.Authorization;
        if (header.Count != 1
            || !AuthenticationHeaderValue.TryParse(header[0], out var value)
            || !string.Equals(value.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)
            || string.IsNullOrWhiteSpace(value.Parameter))
        {
            return BotAuthenticationResult.Failed("The request has no Bearer token in its Authorization header.");
        }

        return await _validator.ValidateTokenAsync(value.Parameter, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Binds an authenticated token to the activity it came with (step 4.7 and the endorsements of step 3).</summary>
    public BotAuthenticationResult ValidateActivity(BotAuthenticationResult authentication, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(activity);
        if (!authentication.Succeeded || authentication.IsAnonymous)
        {
            return authentication;
        }

        var serviceUrlClaim = authentication.Identity?.Claims
            .FirstOrDefault(c => string.Equals(c.Type, AuthenticationConstants.ServiceUrlClaim, StringComparison.OrdinalIgnoreCase))?.Value;
        if (string.IsNullOrEmpty(serviceUrlClaim))
        {
            return BotAuthenticationResult.Failed("The token has no serviceurl claim.");
        }

        if (!string.Equals(serviceUrlClaim, activity.ServiceUrl, StringComparison.Ordinal))
        {
            return BotAuthenticationResult.Failed("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        if (authentication.Endorsements is { } endorsements
            && !string.IsNullOrWhiteSpace(activity.ChannelId)
            && !endorsements.Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return BotAuthenticationResult.Failed($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        return authentication;
    }

    private static bool IsDirectLoopbackRequest(HttpRequest request)
    {
        if (ForwardingHeaders.Any(h => request.Headers.ContainsKey(h)))
        {
            return false;
        }

        // The socket's own address when the host recorded it: Connection.RemoteIpAddress is whatever the
        // forwarded-headers middleware made of X-Forwarded-For, which any caller can send.
        var peer = request.HttpContext.Features.Get<ConnectionPeerFeature>() is { } feature
            ? feature.RemoteIpAddress
            : request.HttpContext.Connection.RemoteIpAddress;
        return Loopback.IsLoopbackAddress(peer) && Loopback.IsLoopbackAddress(request.HttpContext.Connection.RemoteIpAddress);
    }
}
