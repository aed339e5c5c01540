namespace DxBot.Hosting;

/// <summary>Where the metrics go (`Telemetry:Exporter`).</summary>
public enum TelemetryExporter
{
    /// <summary>Instruments still count (listeners and tests see them); nothing is exported.</summary>
    None,

    /// <summary>Printed to standard output every <see cref="TelemetryOptions.ConsoleInterval"/>, for a look at a local run.</summary>
    Console,

    /// <summary>Prometheus text format at <see cref="TelemetryOptions.PrometheusPath"/> for a scraper.</summary>
    Prometheus,
}
