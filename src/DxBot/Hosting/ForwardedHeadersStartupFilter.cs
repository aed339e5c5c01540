using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// Applies forwarded headers from the configured proxies ahead of the app's middleware (the rate limits must see the
/// client's address). Registered after <see cref="Protocol.Authentication.ConnectionPeerStartupFilter"/>, which keeps
/// the socket's own address.
/// </summary>
internal sealed class ForwardedHeadersStartupFilter(IOptions<ProxyOptions> proxies) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        if (proxies.Value.IsEnabled)
        {
            // Options from IOptions<ForwardedHeadersOptions>, restricted to the configured proxies by the post-configure.
            app.UseForwardedHeaders();
        }

        next(app);
    };
}
