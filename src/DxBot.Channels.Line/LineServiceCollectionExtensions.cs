using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Channels.Line;

/// <summary>Registers the LINE channel.</summary>
public static class LineServiceCollectionExtensions
{
    public static IServiceCollection AddLineChannel(this IServiceCollection services, IConfiguration configuration)
    {
        // TODO(LINE issue): options, client, adapter.
        return services;
    }
}
