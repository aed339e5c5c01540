using System.Text.Json;
using DxBot.Protocol.Schema;

namespace DxBot.Channels.Teams.Tests;

public class TeamsActivityParsingTests
{
    private static readonly ChannelAccount Bot = new("28:bot", "DxBot");

    [Theory]
    [InlineData("<at>DxBot</at> 転入届は？", "転入届は？")]
    [InlineData("<at>DxBot</at>&nbsp;転入届は？", "転入届は？")]
    [InlineData("転入届は <at>DxBot</at> どこ？", "転入届は どこ？")]
    [InlineData("<at>DxBot</at>\n1行目\n2行目", "1行目\n2行目")]
    public void Removes_the_bot_mention(string text, string expected)
    {
        Assert.Equal(expected, MentionText.Strip(Message(text, Mention("<at>DxBot</at>", "28:bot"))));
    }

    [Fact]
    public void Keeps_the_names_of_other_people_mentioned()
    {
        var activity = Message("<at>DxBot</at> <at>田中 一郎</at>さんの担当分は？", Mention("<at>DxBot</at>", "28:bot"), Mention("<at>田中 一郎</at>", "29:tanaka"));

        Assert.Equal("田中 一郎さんの担当分は？", MentionText.Strip(activity));
    }

    [Fact]
    public void Removes_a_bot_tag_that_came_without_its_entity()
    {
        Assert.Equal("質問", MentionText.Strip(Message("<at>DxBot</at> 質問")));
    }

    [Theory]
    [InlineData("{\"choice\":\"申請の流れ\"}", "申請の流れ")]
    [InlineData("{\"choice\":\"  担当窓口 \",\"other\":1}", "担当窓口")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"data\":{\"choice\":\"はい\"}}}", "はい")]
    [InlineData("{\"choice\":\"\"}", null)]
    [InlineData("{\"choice\":3}", null)]
    [InlineData("\"申請の流れ\"", null)]
    [InlineData("{}", null)]
    public void Reads_the_submitted_choice(string value, string? expected)
    {
        Assert.Equal(expected, CardSubmitData.TryReadChoice(JsonDocument.Parse(value).RootElement));
    }

    [Fact]
    public void The_tenant_comes_from_channel_data_or_the_conversation()
    {
        var channelData = JsonDocument.Parse("{\"tenant\":{\"id\":\"t-channel\"}}").RootElement;
        var conversation = new ConversationAccount("a:1") { TenantId = "t-conversation" };

        Assert.Equal("t-channel", TeamsChannelData.GetTenantId(new Activity { ChannelData = channelData, Conversation = conversation }));
        Assert.Equal("t-conversation", TeamsChannelData.GetTenantId(new Activity { Conversation = conversation }));
        Assert.Null(TeamsChannelData.GetTenantId(new Activity()));
    }

    private static Activity Message(string text, params Entity[] entities) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Recipient = Bot,
        Entities = entities,
    };

    private static Entity Mention(string text, string id) => new("mention")
    {
        Properties = new Dictionary<string, JsonElement>
        {
            ["text"] = JsonSerializer.SerializeToElement(text),
            ["mentioned"] = JsonSerializer.SerializeToElement(new { id, name = "x" }),
        },
    };
}
