using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Protocol.Authentication;

/// <summary>
/// Records each request's socket address in a <see cref="ConnectionPeerFeature"/> before any other middleware runs.
/// The host's own forwarded-headers filter (ASPNETCORE_FORWARDEDHEADERS_ENABLED) is registered before the app's
/// services, so this filter must be inserted ahead of it: <see cref="AddTo"/> does that.
/// </summary>
public sealed class ConnectionPeerStartupFilter : IStartupFilter
{
    public static void AddTo(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (services.Any(d => d.ImplementationType == typeof(ConnectionPeerStartupFilter)))
        {
            return;
        }

        // Startup filters wrap each other in registration order: the first registered runs first.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, ConnectionPeerStartupFilter>());
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Features.Set(new ConnectionPeerFeature(context.Connection.RemoteIpAddress));
            return nextMiddleware(context);
        });
        next(app);
    };
}
