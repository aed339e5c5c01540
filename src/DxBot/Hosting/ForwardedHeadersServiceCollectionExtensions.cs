using System.Net;
using DxBot.Protocol.Authentication;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>Forwarded headers believed only from <see cref="ProxyOptions"/>' proxies.</summary>
public static class ForwardedHeadersServiceCollectionExtensions
{
    public static IServiceCollection AddDxBotForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProxyOptions>().Bind(configuration.GetSection(ProxyOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>());

        // After the host's own setup: ASPNETCORE_FORWARDEDHEADERS_ENABLED clears the known proxies (trusting every
        // sender), and ASP.NET Core's defaults trust loopback. Either way only the configured proxies remain.
        services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<ProxyOptions>>((forwarded, proxies) =>
        {
            var value = proxies.Value;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            if (!value.IsEnabled)
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }

            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = value.ForwardLimit;
            foreach (var proxy in value.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in value.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });

        // The socket's own address is recorded first, whatever the registration order of the channels.
        ConnectionPeerStartupFilter.AddTo(services);
        services.AddTransient<IStartupFilter, ForwardedHeadersStartupFilter>();
        services.AddHostedService<ForwardedHeadersStartupLog>();
        return services;
    }
}
