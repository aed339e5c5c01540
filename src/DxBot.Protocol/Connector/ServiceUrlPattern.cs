using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace DxBot.Protocol.Connector;

/// <summary>
/// One allowed service URL origin: <c>https://host</c>, <c>https://*.domain</c> (any subdomain, not the domain itself),
/// with an optional <c>:port</c> or <c>:*</c> (any port). Paths are ignored: the origin is what receives the token.
/// </summary>
public sealed record ServiceUrlPattern
{
    private ServiceUrlPattern(string scheme, string host, bool isWildcard, int? port, bool anyPort)
    {
        Scheme = scheme;
        Host = host;
        IsWildcard = isWildcard;
        Port = port;
        AnyPort = anyPort;
    }

    public string Scheme { get; }

    /// <summary>The host, or for a wildcard the suffix after <c>*</c> (starting with a dot).</summary>
    public string Host { get; }

    public bool IsWildcard { get; }

    /// <summary>The port required, or null for the scheme's default port.</summary>
    public int? Port { get; }

    public bool AnyPort { get; }

    public static ServiceUrlPattern Parse(string pattern) =>
        TryParse(pattern, out var parsed, out var error) ? parsed : throw new FormatException(error);

    public static bool TryParse(string? pattern, [NotNullWhen(true)] out ServiceUrlPattern? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        error = null;
        if (string.IsNullOrWhiteSpace(pattern))
        {
            error = "A service URL pattern is empty.";
            return false;
        }

        var text = pattern.Trim();
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            error = $"Service URL pattern '{text}' has no scheme (expected https://host).";
            return false;
        }

        var scheme = text[..schemeEnd].ToLowerInvariant();
        if (scheme is not ("https" or "http"))
        {
            error = $"Service URL pattern '{text}' must use https.";
            return false;
        }

        var authority = text[(schemeEnd + 3)..];
        var pathStart = authority.IndexOf('/', StringComparison.Ordinal);
        if (pathStart >= 0)
        {
            authority = authority[..pathStart];
        }

        if (authority.Contains('@', StringComparison.Ordinal))
        {
            error = $"Service URL pattern '{text}' must not contain user information.";
            return false;
        }

        string host;
        string? portText = null;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                error = $"Service URL pattern '{text}' has an unterminated IPv6 address.";
                return false;
            }

            host = authority[1..close];
            var rest = authority[(close + 1)..];
            if (rest.Length > 0)
            {
                if (rest[0] != ':')
                {
                    error = $"Service URL pattern '{text}' is malformed after the IPv6 address.";
                    return false;
                }

                portText = rest[1..];
            }
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            host = colon >= 0 ? authority[..colon] : authority;
            portText = colon >= 0 ? authority[(colon + 1)..] : null;
        }

        host = host.ToLowerInvariant();
        var isWildcard = host.StartsWith("*.", StringComparison.Ordinal);
        var hostToCheck = isWildcard ? host[2..] : host;
        if (hostToCheck.Length == 0 || hostToCheck.Contains('*', StringComparison.Ordinal)
            || (Uri.CheckHostName(hostToCheck) == UriHostNameType.Unknown))
        {
            error = $"Service URL pattern '{text}' has an invalid host (only a leading '*.' wildcard is allowed).";
            return false;
        }

        int? port = null;
        var anyPort = false;
        if (portText is not null)
        {
            if (portText == "*")
            {
                anyPort = true;
            }
            else if (int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and <= 65535)
            {
                port = number;
            }
            else
            {
                error = $"Service URL pattern '{text}' has an invalid port.";
                return false;
            }
        }

        // A bearer token sent over plain HTTP could be read on the way; only this machine's own loopback is exempt.
        if (scheme == "http" && (isWildcard || !Loopback.IsLoopbackHost(hostToCheck)))
        {
            error = $"Service URL pattern '{text}' uses http, which is allowed for loopback addresses only.";
            return false;
        }

        parsed = new ServiceUrlPattern(scheme, isWildcard ? host[1..] : host, isWildcard, port, anyPort);
        return true;
    }

    public bool Matches(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!uri.IsAbsoluteUri || !string.Equals(uri.Scheme, Scheme, StringComparison.OrdinalIgnoreCase) || uri.UserInfo.Length > 0)
        {
            return false;
        }

        var host = uri.IdnHost.Trim('[', ']').ToLowerInvariant();
        var hostMatches = IsWildcard
            ? host.Length > Host.Length && host.EndsWith(Host, StringComparison.Ordinal)
            : host == Host;
        if (!hostMatches)
        {
            return false;
        }

        return AnyPort || (Port is { } port ? uri.Port == port : uri.IsDefaultPort);
    }

    public override string ToString()
    {
        var host = IsWildcard ? "*" + Host : Host.Contains(':', StringComparison.Ordinal) ? $"[{Host}]" : Host;
        var port = AnyPort ? ":*" : Port is { } p ? ":" + p.ToString(CultureInfo.InvariantCulture) : string.Empty;
        return $"{Scheme}://{host}{port}";
    }
}
