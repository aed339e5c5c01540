using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DxBot.Channels.Teams;

/// <summary>Registers the Bot Framework (Teams) channel.</summary>
public static class TeamsServiceCollectionExtensions
{
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        // TODO(Teams issue): options, auth, connector client, adapter.
        return services;
    }
}
