using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DxBot.Channels.Teams;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class TeamsEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        // TODO(Teams issue): POST /api/messages.
        return endpoints;
    }
}
