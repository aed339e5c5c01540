using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>
/// Makes every request look as if its socket came from a remote address, ahead of all the host's middleware: the
/// tests may only use loopback, but must show what a caller from elsewhere gets.
/// </summary>
internal sealed class RemotePeerStartupFilter(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
