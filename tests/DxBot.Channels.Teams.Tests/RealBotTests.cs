using System.Net;
using DxBot.Channels.Teams.Tests.Infrastructure;
using DxBot.TestServers;

namespace DxBot.Channels.Teams.Tests;

/// <summary>The channel with the host's own bot (the dialogs), not a stand-in.</summary>
public sealed class RealBotTests(FakeServersFixture servers) : IClassFixture<FakeServersFixture>
{
    private const string AdminOnly = "この操作は管理者のみ実行できます。";

    [Fact]
    public async Task A_non_administrator_cannot_reindex()
    {
        var settings = servers.BotSettings();
        settings[$"Teams:Tenants:{TeamsPayloads.CityTenant}:City"] = TeamsPayloads.City;
        settings["Admin:Users:0"] = TeamsPayloads.AdminObjectId;
        await using var host = DxBotHost.Start(settings);
        using var client = host.CreateClient();
        var connector = servers.Connector;
        var conversationId = TeamsPayloads.NewPersonalConversationId();

        var response = await client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(connector.ServiceUrl, conversationId, "reindex", aadObjectId: TeamsPayloads.StaffObjectId),
            servers.Issuer.CreateToken(FakeBotConnector.AppId, connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = connector.Posted.Where(p => p.ConversationId == conversationId && p.Type == "message").ToList();
        Assert.Contains(replies, r => r.Text?.Trim() == AdminOnly);
    }
}
