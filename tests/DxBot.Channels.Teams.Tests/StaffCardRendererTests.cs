using System.Text.Json;
using DxBot.Channels.Teams.Cards;
using DxBot.Protocol.Schema;

namespace DxBot.Channels.Teams.Tests;

public class StaffCardRendererTests
{
    [Fact]
    public void Renders_lines_source_and_choices_as_an_adaptive_card()
    {
        var reply = MessageFactory.SuggestedActions(
            ["はい", "いいえ"],
            "ご質問ありがとうございます。\r\n目標は2027年度です。\n\n担当は企画課です。\n出典：第2次DX推進計画 p.12");

        var rendered = StaffCardRenderer.Render(reply, keepText: true);
        var json = JsonSerializer.SerializeToElement(rendered, ProtocolJson.Options);

        Assert.Equal(reply.Text, json.GetProperty("text").GetString());
        Assert.False(json.TryGetProperty("suggestedActions", out _));
        var attachment = Assert.Single(json.GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card.GetProperty("$schema").GetString());
        Assert.Equal("Full", card.GetProperty("msteams").GetProperty("width").GetString());

        var body = card.GetProperty("body").EnumerateArray().ToList();
        Assert.Equal(4, body.Count);
        Assert.Equal("medium", body[2].GetProperty("spacing").GetString());
        Assert.False(body[1].TryGetProperty("spacing", out _));
        Assert.Equal("出典：第2次DX推進計画 p.12", body[3].GetProperty("text").GetString());
        Assert.True(body[3].GetProperty("isSubtle").GetBoolean());
        Assert.Equal("small", body[3].GetProperty("size").GetString());

        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal("Action.Submit", actions[0].GetProperty("type").GetString());
        Assert.Equal("はい", actions[0].GetProperty("title").GetString());
        Assert.Equal("いいえ", actions[1].GetProperty("data").GetProperty(CardSubmitData.ChoiceProperty).GetString());
    }

    [Fact]
    public void Only_the_last_line_is_treated_as_the_source()
    {
        var rendered = StaffCardRenderer.Render(MessageFactory.Text("出典: の意味は?\n本文です。"), keepText: true);
        var card = (AdaptiveCard)rendered.Attachments![0].Content!;

        Assert.All(card.Body.Cast<AdaptiveTextBlock>(), b => Assert.Null(b.IsSubtle));
    }

    [Fact]
    public void Can_send_the_card_alone()
    {
        var rendered = StaffCardRenderer.Render(MessageFactory.Text("本文"), keepText: false);

        Assert.Null(rendered.Text);
        Assert.Equal("本文", ((AdaptiveCard)rendered.Attachments![0].Content!).FallbackText);
    }

    [Fact]
    public void Open_url_actions_become_links_and_unknown_actions_are_dropped()
    {
        var reply = MessageFactory.Text("詳しくはこちら") with
        {
            SuggestedActions = new SuggestedActions(
            [
                new CardAction(ActionTypes.OpenUrl, "計画書", "https://www.example.lg.jp/dx.pdf"),
                new CardAction("call", "電話", "tel:0000"),
                new CardAction(ActionTypes.PostBack, "続き", "続きを見る"),
            ]),
        };

        var card = (AdaptiveCard)StaffCardRenderer.Render(reply, keepText: true).Attachments![0].Content!;

        Assert.Collection(
            card.Actions!,
            a => Assert.Equal("https://www.example.lg.jp/dx.pdf", Assert.IsType<AdaptiveOpenUrlAction>(a).Url),
            a => Assert.Equal("続きを見る", Assert.IsType<AdaptiveSubmitAction>(a).Data.Choice));
    }

    [Fact]
    public void Leaves_cards_the_bot_built_itself_and_non_messages_alone()
    {
        var withCard = MessageFactory.Attachment(new Attachment("application/vnd.microsoft.card.hero"), "text");
        var typing = new Activity { Type = ActivityTypes.Typing };

        Assert.Same(withCard, StaffCardRenderer.Render(withCard, keepText: true));
        Assert.Same(typing, StaffCardRenderer.Render(typing, keepText: true));
    }
}
