using DxBot.Protocol.Builder;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DxBot.Channels.Teams;

/// <summary>Maps the Bot Framework messaging endpoint.</summary>
public static class TeamsEndpointRouteBuilderExtensions
{
    /// <summary>The messaging endpoint registered in Azure Bot Service (https://&lt;host&gt;/api/messages).</summary>
    public const string MessagesPath = "/api/messages";

    public static IEndpointRouteBuilder MapBotFramework(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(MessagesPath, (RequestDelegate)HandleAsync).WithName("BotFrameworkMessages");
        return endpoints;
    }

    private static Task HandleAsync(HttpContext context)
    {
        var adapter = context.RequestServices.GetRequiredService<TeamsBotAdapter>();
        // The turn is not tied to the connector's request: if it gives up waiting, the replies should still go out.
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        return adapter.ProcessAsync(
            context.Request,
            context.Response,
            (turnContext, cancellationToken) =>
                context.RequestServices.GetRequiredService<IBot>().OnTurnAsync(turnContext, cancellationToken),
            stopping);
    }
}
