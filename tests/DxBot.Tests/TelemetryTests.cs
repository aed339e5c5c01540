using System.Net;
using DxBot.Tests.Shared;
using DxBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DxBot.Tests;

/// <summary>The host's telemetry settings and the reindex histogram.</summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task A_reindex_is_recorded_in_the_reindex_duration_histogram()
    {
        await using var factory = new DxBotFactory(adminKey: "k");
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "k");
        using var metrics = new MetricRecorder(factory.Services, "dxbot.reindex.duration");

        var response = await client.PostAsync("/admin/reindex", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reindex = Assert.Single(metrics.Measurements);
        Assert.Equal("succeeded", reindex["outcome"]);
        Assert.True(reindex.Value > 0, reindex.ToString());
    }

    [Fact]
    public async Task Without_an_exporter_there_is_no_metrics_endpoint()
    {
        await using var factory = new DxBotFactory();
        using var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        Assert.Equal(Hosting.TelemetryExporter.None, factory.Services.GetRequiredService<IOptions<Hosting.TelemetryOptions>>().Value.Exporter);
    }

    [Fact]
    public async Task The_console_exporter_starts_and_the_prometheus_path_can_be_moved()
    {
        await using (var baseFactory = new DxBotFactory())
        await using (var console = baseFactory.WithWebHostBuilder(b => b.UseSetting("Telemetry:Exporter", "console")))
        {
            using var client = console.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/metrics")).StatusCode);
        }

        await using var movedBase = new DxBotFactory();
        await using var moved = movedBase.WithWebHostBuilder(b =>
        {
            b.UseSetting("Telemetry:Exporter", "Prometheus");
            b.UseSetting("Telemetry:PrometheusPath", "/internal/metrics");
        });
        using var scraper = moved.CreateClient();
        var text = await scraper.GetStringAsync("/internal/metrics");
        Assert.Contains("dxbot_reindex_duration", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Telemetry:Exporter", "graphite")]
    [InlineData("Telemetry:PrometheusPath", "metrics")]
    [InlineData("Telemetry:ConsoleInterval", "00:00:00")]
    public async Task A_wrong_telemetry_setting_stops_the_host_at_start_naming_it(string key, string value)
    {
        await using var baseFactory = new DxBotFactory();
        await using var factory = baseFactory.WithWebHostBuilder(b => b.UseSetting(key, value));

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(key, failure.ToString(), StringComparison.Ordinal);
    }
}
