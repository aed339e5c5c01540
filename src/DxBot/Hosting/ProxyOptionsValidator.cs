using System.Net;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>Stops the host at start when a proxy address or network does not parse, or would trust everyone.</summary>
internal sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var section = ProxyOptions.SectionName;
        var failures = new List<string>();

        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i], out _))
            {
                failures.Add($"{section}:KnownProxies:{i} is not an IP address.");
            }
        }

        for (var i = 0; i < options.KnownNetworks.Count; i++)
        {
            if (!IPNetwork.TryParse(options.KnownNetworks[i], out var network))
            {
                failures.Add($"{section}:KnownNetworks:{i} is not a network in CIDR notation (e.g. 10.0.1.0/24).");
            }
            else if (network.PrefixLength == 0)
            {
                // 0.0.0.0/0 would let any client on the internet claim any address, which is what this section prevents.
                failures.Add($"{section}:KnownNetworks:{i} trusts every address; name the proxies' own network.");
            }
        }

        if (options.ForwardLimit is < 1 or > 10)
        {
            failures.Add($"{section}:ForwardLimit must be between 1 and 10.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
