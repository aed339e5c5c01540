namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>The real bot behind the LINE routes with the Prometheus exporter on, shared by the telemetry tests.</summary>
public sealed class LineTelemetryFixture : IAsyncLifetime
{
    internal FakeLineApi LineApi { get; private set; } = null!;

    internal LineBotHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        LineApi = await FakeLineApi.StartAsync();
        Host = new LineBotHost(LineApi, testBot: null, settings: new Dictionary<string, string?> { ["Telemetry:Exporter"] = "prometheus" });
        _ = Host.Client;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await LineApi.DisposeAsync();
    }
}
