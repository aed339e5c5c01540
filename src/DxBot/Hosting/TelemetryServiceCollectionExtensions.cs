using DxBot.Channels.Line;
using DxBot.Protocol.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace DxBot.Hosting;

/// <summary>Registers the turn metrics and, as `Telemetry:Exporter` says, an OpenTelemetry exporter for them.</summary>
public static class TelemetryServiceCollectionExtensions
{
    /// <summary>The meters exported: the bot's, the LINE channel's, and the ones ASP.NET Core and .NET publish themselves.</summary>
    public static readonly IReadOnlyList<string> Meters =
    [
        DxBotMetrics.MeterName,
        LineMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "System.Net.Http",
        "System.Runtime",
    ];

    public static IServiceCollection AddDxBotTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(TelemetryOptions.SectionName);
        services.AddOptions<TelemetryOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();

        services.AddMetrics();
        services.TryAddSingleton<DxBotMetrics>();
        // First of the bot's middleware, so a turn the privacy guard stops is counted too (and timed).
        services.Insert(0, ServiceDescriptor.Singleton<Protocol.Builder.IMiddleware, TurnTelemetryMiddleware>());

        // The exporter has to be chosen while services are registered, before options can be resolved; the same
        // section is bound again (and validated at start) above.
        var telemetry = section.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (telemetry.Exporter == TelemetryExporter.None)
        {
            return services;
        }

        services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("dxbot")).WithMetrics(metrics =>
        {
            metrics.AddMeter([.. Meters]);
            if (telemetry.Exporter == TelemetryExporter.Prometheus)
            {
                metrics.AddPrometheusExporter();
            }
            else
            {
                metrics.AddConsoleExporter((_, reader) =>
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)telemetry.ConsoleInterval.TotalMilliseconds);
            }
        });
        return services;
    }
}
