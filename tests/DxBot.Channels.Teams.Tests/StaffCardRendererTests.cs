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

    [Theory]
    [InlineData("[こちら](https://evil.example/x)をクリック", "［こちら］（https://evil.example/x）をクリック")]
    [InlineData("- 偽の箇条書き", "－ 偽の箇条書き")]
    [InlineData("1. 偽の番号付き", "1． 偽の番号付き")]
    [InlineData("**太字** と _斜体_ と `code`", "＊＊太字＊＊ と ＿斜体＿ と ｀code｀")]
    [InlineData("# 見出し > 引用 <b>", "＃ 見出し ＞ 引用 ＜b＞")]
    [InlineData("詳しくは https://www.example.lg.jp/a_b.html をご覧ください", "詳しくは https://www.example.lg.jp/a_b.html をご覧ください")]
    [InlineData("電話 0120-95-0178（平日 8:30-17:15）", "電話 0120-95-0178（平日 8:30-17:15）")]
    public void Residents_text_is_never_read_as_markdown(string line, string shown)
    {
        var card = (AdaptiveCard)StaffCardRenderer.Render(MessageFactory.Text("最近答えられなかった質問:\n" + line), keepText: true).Attachments![0].Content!;

        Assert.Equal(shown, ((AdaptiveTextBlock)card.Body[1]).Text);
    }

    [Fact]
    public void Two_five_thousand_character_questions_make_a_card_well_under_the_teams_limit_with_no_raw_link()
    {
        var question = "[公式サイト](https://evil.example/phish) " + string.Concat(Enumerable.Repeat("長い質問です。", 700));
        var text = "最近答えられなかった質問:\n・11/28 10:00 [handa/msteams] " + question + "\n・11/28 11:00 [handa/msteams] " + question
            + string.Concat(Enumerable.Range(1, 100).Select(i => $"\n・11/28 12:00 [handa/line] 質問{i} *{i}*"));

        var rendered = StaffCardRenderer.Render(MessageFactory.Text(text), keepText: true);
        var json = JsonSerializer.Serialize(rendered, ProtocolJson.Options);

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(json) < 28 * 1024, $"{System.Text.Encoding.UTF8.GetByteCount(json)} bytes");
        var card = (AdaptiveCard)rendered.Attachments![0].Content!;
        var blocks = card.Body.Cast<AdaptiveTextBlock>().ToList();
        Assert.DoesNotContain(blocks, b => b.Text.Contains("](", StringComparison.Ordinal) || b.Text.Contains('*', StringComparison.Ordinal));
        Assert.All(blocks, b => Assert.True(b.Text.Length <= StaffCardRenderer.MaxLineLength + 1, $"{b.Text.Length} characters"));
        Assert.True(blocks.Count <= StaffCardRenderer.MaxRows);
        Assert.Matches(@"^（長いため、ほか\d+行は省略しました。）$", blocks[^1].Text);
        Assert.StartsWith("・11/28 10:00 ［handa/msteams］ ［公式サイト］（https://evil.example/phish）", blocks[1].Text);
        Assert.Equal("plain", rendered.TextFormat);
        Assert.True(rendered.Text!.Length <= StaffCardRenderer.MaxTextLength);
    }
}
