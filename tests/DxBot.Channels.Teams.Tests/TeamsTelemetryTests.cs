using System.Net;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Channels.Teams.Tests.Infrastructure;
using DxBot.Tests.Shared;
using DxBot.TestServers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DxBot.Channels.Teams.Tests;

/// <summary>The bot's metrics for Teams turns, with the host's own bot and the fake Bot Connector.</summary>
public sealed class TeamsTelemetryTests(FakeServersFixture servers) : IClassFixture<FakeServersFixture>
{
    [Fact]
    public async Task A_connector_refusal_is_counted_and_the_turn_is_counted_as_an_error()
    {
        await using var host = DxBotHost.Start(Settings());
        using var client = host.CreateClient();
        using var metrics = new MetricRecorder(host.Services, "dxbot.connector.api.errors", "dxbot.turns");
        var connector = servers.Connector;
        var conversationId = TeamsPayloads.NewPersonalConversationId();
        // 500 is not retried: the answer is lost, the bot apologises with its next POST.
        connector.FailNextPost(500);

        var response = await client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(connector.ServiceUrl, conversationId, "デジタル・マイスター制度とは何ですか"),
            servers.Issuer.CreateToken(FakeBotConnector.AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = Assert.Single(metrics.Measurements, m => m.Instrument == "dxbot.connector.api.errors");
        Assert.Equal(1, error.Value);
        Assert.Equal("500", error["status"]);
        Assert.Equal("reply", error["operation"]);
        var turn = Assert.Single(metrics.Measurements, m => m.Instrument == "dxbot.turns");
        Assert.Equal("error", turn["outcome"]);
        Assert.Equal("msteams", turn["channel"]);
        Assert.Equal(TeamsPayloads.City, turn["city"]);
    }

    [Fact]
    public async Task An_answered_staff_turn_is_counted_with_the_tenants_city()
    {
        await using var host = DxBotHost.Start(Settings());
        using var client = host.CreateClient();
        using var metrics = new MetricRecorder(host.Services, "dxbot.turns", "dxbot.connector.api.errors");
        var connector = servers.Connector;

        var response = await client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(connector.ServiceUrl, TeamsPayloads.NewPersonalConversationId(), "デジタル・マイスター制度とは何ですか"),
            servers.Issuer.CreateToken(FakeBotConnector.AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(metrics.Measurements);
        Assert.Equal("dxbot.turns", turn.Instrument);
        Assert.Equal("msteams", turn["channel"]);
        Assert.Equal(TeamsPayloads.City, turn["city"]);
        Assert.Equal("KnowledgeAnswer", turn["dialog"]);
        Assert.Equal("answered", turn["outcome"]);
    }

    [Fact]
    public async Task A_failed_turn_logs_its_error_under_the_activitys_turn_id_and_the_tenants_city()
    {
        var logs = new CapturedLogs();
        await using var host = DxBotHost.Start(Settings(), services => services.AddSingleton<ILoggerProvider>(logs));
        using var client = host.CreateClient();
        var connector = servers.Connector;
        connector.FailNextPost(500);

        await client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(connector.ServiceUrl, TeamsPayloads.NewPersonalConversationId(), "デジタル・マイスター制度とは何ですか", id: "1700000000042"),
            servers.Issuer.CreateToken(FakeBotConnector.AppId, connector.ServiceUrl));

        var scope = $"TurnId=1700000000042; Channel=msteams; City={TeamsPayloads.City}";
        Assert.Contains(logs.Lines, l => l.Contains("The connector refused an activity", StringComparison.Ordinal) && l.Contains(scope, StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Contains("Turn failed on channel msteams", StringComparison.Ordinal) && l.Contains(scope, StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Lines, l => l.Contains("マイスター", StringComparison.Ordinal));
    }

    private Dictionary<string, string?> Settings()
    {
        var settings = servers.BotSettings();
        settings[$"Teams:Tenants:{TeamsPayloads.CityTenant}:City"] = TeamsPayloads.City;
        return settings;
    }
}
