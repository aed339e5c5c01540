using System.Net.Http.Json;
using System.Text.Json;
using DxBot.Tests.Support;

namespace DxBot.Tests;

public sealed class HostTests
{
    [Fact]
    public async Task Health_reports_the_knowledge_in_service()
    {
        await using var factory = new DxBotFactory();
        using var client = factory.CreateClient();

        var health = await client.GetFromJsonAsync<JsonElement>("/healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.Equal(5, health.GetProperty("knowledge").GetProperty("cities").GetInt32());
        Assert.True(health.GetProperty("knowledge").GetProperty("entries").GetInt32() > 100);
    }
}
