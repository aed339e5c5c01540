using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace DxBot.Protocol.Authentication;

/// <summary>
/// Gets the bot's client-credentials token from Entra ID with MSAL. One application instance is kept for the process:
/// MSAL's in-memory cache then serves the token until shortly before it expires and renews it on its own.
/// </summary>
public sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;

    public MsalBotTokenProvider(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        var settings = options.Value;
        if (settings.IsEmulatorMode || string.IsNullOrWhiteSpace(settings.MicrosoftAppPassword))
        {
            throw new InvalidOperationException("A bot token needs Bot:MicrosoftAppId and Bot:MicrosoftAppPassword.");
        }

        _scopes = [settings.OAuthScope];
        _application = ConfidentialClientApplicationBuilder
            .Create(settings.MicrosoftAppId!.Trim())
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority(AuthorityOf(settings.EffectiveTokenEndpoint))
            // The token endpoint is configured explicitly (sovereign clouds, tests); discovery would ask the public
            // cloud about it, which is both unnecessary and unreachable from some deployments.
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClientFactory))
            .Build();
    }

    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return result.AccessToken;
    }

    /// <summary>MSAL takes an authority and appends the token path itself.</summary>
    internal static string AuthorityOf(string tokenEndpoint)
    {
        var uri = new Uri(tokenEndpoint);
        var path = uri.AbsolutePath;
        var suffix = "/" + AuthenticationConstants.TokenEndpointPath;
        if (!path.EndsWith(suffix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{tokenEndpoint}' is not an Entra ID v2 token endpoint.", nameof(tokenEndpoint));
        }

        return new UriBuilder(uri) { Path = path[..^suffix.Length] + "/", Query = string.Empty }.Uri.ToString();
    }
}
