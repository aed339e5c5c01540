using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using DxBot.Tests.Support;

namespace DxBot.Tests.Endpoints;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task Ready_once_the_index_is_in_service()
    {
        await using var factory = new DxBotFactory();
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/readyz");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal("Healthy", body.GetProperty("checks").GetProperty("knowledge").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Not_ready_while_the_shared_store_is_unreachable_but_still_alive()
    {
        // A port nobody listens on: the configured Redis is down.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        await using var factory = new DxBotFactory(settings: new Dictionary<string, string> { ["Storage:Redis"] = $"127.0.0.1:{port},connectTimeout=500" });
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/readyz");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("not ready", body.GetProperty("status").GetString());
        Assert.Equal("Unhealthy", body.GetProperty("checks").GetProperty("redis").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }
}
