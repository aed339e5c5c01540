using DxBot.Protocol.Authentication;

namespace DxBot.Protocol.Connector;

/// <summary>
/// Decides which service URLs the bot may call. The bot's token is a password for its identity, so it only ever goes to
/// Microsoft's connector hosts (and hosts the deployment lists); without credentials only this machine is reachable.
/// </summary>
public sealed class ServiceUrlPolicy
{
    /// <summary>Microsoft's public-cloud Bot Connector hosts (Teams uses smba.trafficmanager.net).</summary>
    public static readonly IReadOnlyList<string> MicrosoftDefaults = ["https://*.botframework.com", "https://smba.trafficmanager.net"];

    private readonly IReadOnlyList<ServiceUrlPattern>? _patterns;

    private ServiceUrlPolicy(IReadOnlyList<ServiceUrlPattern>? patterns) => _patterns = patterns;

    /// <summary>The policy of emulator mode: loopback addresses only, any scheme and port.</summary>
    public static ServiceUrlPolicy LoopbackOnly { get; } = new(null);

    /// <summary>True when only loopback URLs are allowed (no credentials are configured).</summary>
    public bool IsLoopbackOnly => _patterns is null;

    /// <summary>The patterns in force, for logs; empty in loopback-only mode.</summary>
    public IReadOnlyList<ServiceUrlPattern> Patterns => _patterns ?? [];

    public static ServiceUrlPolicy FromPatterns(IEnumerable<string> patterns)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        return new ServiceUrlPolicy(patterns.Select(ServiceUrlPattern.Parse).Distinct().ToList());
    }

    /// <summary>Microsoft's defaults plus the configured patterns, or loopback only in emulator mode.</summary>
    public static ServiceUrlPolicy FromOptions(BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.IsEmulatorMode ? LoopbackOnly : FromPatterns(MicrosoftDefaults.Concat(options.AllowedServiceUrls));
    }

    public bool IsAllowed(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsAllowed(uri);

    public bool IsAllowed(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || uri.UserInfo.Length > 0)
        {
            return false;
        }

        if (_patterns is null)
        {
            return uri.Scheme is "http" or "https" && Loopback.IsLoopbackHost(uri.IdnHost);
        }

        return _patterns.Any(p => p.Matches(uri));
    }
}
