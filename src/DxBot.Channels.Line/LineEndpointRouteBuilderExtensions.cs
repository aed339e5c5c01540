using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace DxBot.Channels.Line;

/// <summary>Maps the LINE webhook endpoints.</summary>
public static class LineEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapLineWebhook(this IEndpointRouteBuilder endpoints)
    {
        // TODO(LINE issue): POST /api/line/{city}.
        return endpoints;
    }
}
