using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>Maps the LINE webhook endpoints: `POST /api/line/{city}`, one route per city that has a channel secret.</summary>
public static class LineEndpointRouteBuilderExtensions
{
    public const string RoutePrefix = "/api/line/";

    public static IEndpointRouteBuilder MapLineWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Reading the options validates them, so a broken configuration stops the host here.
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<LineOptions>>().Value;
        var cities = options.RoutedCities().ToList();
        foreach (var city in cities)
        {
            // A literal route per city: a city without a secret has no route at all, so LINE and scanners get 404.
            endpoints.MapPost(RoutePrefix + city, (HttpContext httpContext, [FromServices] LineWebhookHandler handler) => handler.HandleAsync(httpContext, city))
                .WithName("LineWebhook-" + city)
                .WithDisplayName("LINE webhook " + city)
                .ExcludeFromDescription();
        }

        var logger = endpoints.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LineEndpointRouteBuilderExtensions).FullName!);
        LineLog.Routes(logger, cities.Count == 0 ? "(none)" : string.Join(", ", cities.Select(c => RoutePrefix + c)));
        return endpoints;
    }
}
