using System.ComponentModel.DataAnnotations;

namespace DxBot.Hosting;

/// <summary>Metrics export, bound from the `Telemetry` section.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// none (the default: `/metrics` would otherwise be open on the same public host as the webhooks), console or
    /// prometheus.
    /// </summary>
    [EnumDataType(typeof(TelemetryExporter))]
    public TelemetryExporter Exporter { get; set; } = TelemetryExporter.None;

    /// <summary>Where the Prometheus text is served when <see cref="Exporter"/> is prometheus.</summary>
    [Required]
    [RegularExpression("^/[A-Za-z0-9/_.-]*$", ErrorMessage = "Telemetry:PrometheusPath must be a path starting with '/'.")]
    public string PrometheusPath { get; set; } = "/metrics";

    /// <summary>How often the console exporter prints.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Telemetry:ConsoleInterval must be between 1 second and 1 hour.")]
    public TimeSpan ConsoleInterval { get; set; } = TimeSpan.FromSeconds(30);
}
