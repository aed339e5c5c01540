using System.Text.Json.Nodes;
using DxBot.TestServers;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>Activities as Teams sends them (trimmed to the fields that matter), as JSON.</summary>
internal static class TeamsPayloads
{
    public const string CityTenant = "aaaaaaaa-0000-4000-8000-000000000001";
    public const string OtherTenant = "bbbbbbbb-0000-4000-8000-000000000002";
    public const string City = "goshogawara";
    public const string AdminObjectId = "11111111-aaaa-4bbb-8ccc-000000000001";
    public const string StaffObjectId = "22222222-aaaa-4bbb-8ccc-000000000002";
    public const string BotId = "28:" + FakeBotConnector.AppId;
    public const string BotName = "DxBot";

    public static string NewPersonalConversationId() => $"a:1{Guid.NewGuid():N}";

    public static string NewChannelThreadId() => $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1700000000001";

    public static JsonObject PersonalMessage(
        string serviceUrl,
        string conversationId,
        string? text,
        string tenantId = CityTenant,
        string aadObjectId = StaffObjectId,
        string id = "1700000000001") => new()
    {
        ["type"] = "message",
        ["id"] = id,
        ["timestamp"] = "2025-04-01T00:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:1user", ["name"] = "山田 花子", ["aadObjectId"] = aadObjectId },
        ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = tenantId, ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        ["textFormat"] = "plain",
        ["locale"] = "ja-JP",
        ["text"] = text,
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "ja-JP", ["timezone"] = "Asia/Tokyo" }),
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
    };

    /// <summary>A channel post mentioning the bot, as Teams delivers it (the bot only sees posts that mention it).</summary>
    public static JsonObject ChannelMention(string serviceUrl, string threadId, string question, string tenantId = CityTenant)
    {
        var message = PersonalMessage(serviceUrl, threadId, $"<at>{BotName}</at>&nbsp;{question}", tenantId, id: "1700000000002");
        message["conversation"] = new JsonObject
        {
            ["isGroup"] = true,
            ["conversationType"] = "channel",
            ["tenantId"] = tenantId,
            ["id"] = threadId,
        };
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = $"<at>{BotName}</at>",
            ["mentioned"] = new JsonObject { ["id"] = BotId, ["name"] = BotName },
        });
        message["channelData"] = new JsonObject
        {
            ["teamsChannelId"] = threadId.Split(';')[0],
            ["teamsTeamId"] = "19:team@thread.tacv2",
            ["channel"] = new JsonObject { ["id"] = threadId.Split(';')[0] },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["tenant"] = new JsonObject { ["id"] = tenantId },
        };
        return message;
    }

    /// <summary>What Teams posts when an Action.Submit button of one of our cards is pressed.</summary>
    public static JsonObject CardSubmit(string serviceUrl, string conversationId, JsonNode submitData, string replyToId)
    {
        var message = PersonalMessage(serviceUrl, conversationId, text: null, id: "1700000000003");
        message["value"] = submitData.DeepClone();
        message["replyToId"] = replyToId;
        return message;
    }

    /// <summary>An Adaptive Card Universal Action (Action.Execute) invoke carrying a choice.</summary>
    public static JsonObject UniversalActionInvoke(string serviceUrl, string conversationId, string choice)
    {
        var invoke = PersonalMessage(serviceUrl, conversationId, text: null, id: "1700000000004");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject
            {
                ["type"] = "Action.Execute",
                ["verb"] = "choose",
                ["data"] = new JsonObject { ["choice"] = choice },
            },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    /// <summary>The bot installed in a team: Teams lists the bot itself as the member added.</summary>
    public static JsonObject BotAddedToTeam(string serviceUrl, string threadId)
    {
        var update = ChannelMention(serviceUrl, threadId, "ignored");
        update.Remove("text");
        update.Remove("entities");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId });
        update["channelData"]!["eventType"] = "teamMemberAdded";
        return update;
    }

    public static JsonObject ColleagueAddedToTeam(string serviceUrl, string threadId)
    {
        var update = BotAddedToTeam(serviceUrl, threadId);
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:1newcomer", ["name"] = "新人" });
        return update;
    }

    public static JsonObject Reaction(string serviceUrl, string conversationId)
    {
        var reaction = PersonalMessage(serviceUrl, conversationId, text: null, id: "1700000000005");
        reaction["type"] = "messageReaction";
        reaction["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
        reaction["replyToId"] = "1700000000001";
        return reaction;
    }
}
