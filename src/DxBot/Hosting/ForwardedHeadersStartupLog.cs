using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>Says at start whose forwarded headers are believed, so a proxy set up without them is noticed at once.</summary>
internal sealed class ForwardedHeadersStartupLog(
    IOptions<ProxyOptions> proxies,
    IConfiguration configuration,
    ILogger<ForwardedHeadersStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var value = proxies.Value;
        if (value.IsEnabled)
        {
            logger.LogInformation(
                "Forwarded headers are believed from {Proxies} proxy address(es) and {Networks} network(s) only (ForwardedHeaders:*).",
                value.KnownProxies.Count,
                value.KnownNetworks.Count);
        }
        else if (configuration.GetValue<bool>("FORWARDEDHEADERS_ENABLED"))
        {
            // ASP.NET Core's switch alone would believe any sender; here it believes no one until proxies are named.
            logger.LogWarning(
                "ASPNETCORE_FORWARDEDHEADERS_ENABLED is set but ForwardedHeaders:KnownProxies and ForwardedHeaders:KnownNetworks are empty: forwarded headers are ignored.");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
