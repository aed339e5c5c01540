using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>The host's factory, closed over the host's Program type at run time (see <see cref="DxBotHost"/>).</summary>
internal sealed class BotHostFactory<TEntryPoint> : WebApplicationFactory<TEntryPoint>, IBotHost
    where TEntryPoint : class
{
    private readonly Action<IWebHostBuilder> _configure;

    public BotHostFactory(Action<IWebHostBuilder> configure, bool useKestrel)
    {
        _configure = configure;
        if (useKestrel)
        {
            // A real socket, so the endpoint sees a genuine loopback peer address (emulator mode).
            UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder) => _configure(builder);
}
