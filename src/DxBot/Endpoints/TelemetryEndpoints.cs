using DxBot.Hosting;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace DxBot.Endpoints;

/// <summary>Serves the metrics in Prometheus text format when `Telemetry:Exporter` is prometheus.</summary>
public static class TelemetryEndpoints
{
    public static IEndpointRouteBuilder MapDxBotTelemetry(this IEndpointRouteBuilder endpoints)
    {
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<TelemetryOptions>>().Value;
        if (options.Exporter == TelemetryExporter.Prometheus)
        {
            endpoints.MapPrometheusScrapingEndpoint(options.PrometheusPath);
        }

        return endpoints;
    }
}
