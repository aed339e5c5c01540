using System.Globalization;
using System.Text.Json;
using DxBot.Channels.Line.Payloads;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Protocol.Schema;

namespace DxBot.Channels.Line.Tests;

public sealed class LineWebhookMapperTests
{
    [Fact]
    public async Task Text_event_maps_to_a_message_activity_keyed_by_the_chat()
    {
        var user = LineWebhookBodies.NewUserId();
        var lineEvent = await ReadAsync(LineWebhookBodies.Text(user, "交付率は？", "token"));

        var activity = LineWebhookMapper.ToActivity(lineEvent, LineWebhookBodies.Destination)!;

        Assert.Equal(LineEventDisposition.RunBot, LineWebhookMapper.Classify(lineEvent));
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("交付率は？", activity.Text);
        Assert.Equal(user, activity.From!.Id);
        Assert.Equal(user, activity.Conversation!.Id);
        Assert.False(activity.Conversation.IsGroup);
        Assert.Equal(LineWebhookBodies.Destination, activity.Recipient!.Id);
        Assert.Equal("ja-JP", activity.Locale);
    }

    [Fact]
    public async Task Event_records_never_print_personal_data()
    {
        var user = LineWebhookBodies.NewUserId();
        var lineEvent = await ReadAsync(LineWebhookBodies.Text(user, "123456789012", "reply-token-x"));

        var printed = lineEvent.ToString() + lineEvent.Source + lineEvent.Message;

        Assert.DoesNotContain(user, printed, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789012", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("reply-token-x", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_five_texts_are_merged_in_order_into_five()
    {
        var activities = Enumerable.Range(1, 9).Select(i => MessageFactory.Text($"第{i}段落です。")).ToList();

        var messages = LineWebhookMapper.ToLineMessages(activities);

        Assert.Equal(5, messages.Count);
        var all = string.Join("\n\n", messages.Cast<LineTextMessage>().Select(m => m.Text));
        Assert.Equal(string.Join("\n\n", Enumerable.Range(1, 9).Select(i => $"第{i}段落です。")), all);
    }

    [Fact]
    public void Texts_that_cannot_be_merged_are_trimmed_to_five_with_a_note()
    {
        var activities = Enumerable.Range(1, 7).Select(i => MessageFactory.Text(new string((char)('あ' + i), 4000))).ToList();

        var messages = LineWebhookMapper.ToLineMessages(activities);

        Assert.Equal(5, messages.Count);
        var last = Assert.IsType<LineTextMessage>(messages[^1]);
        Assert.EndsWith("続きは省略しました。）", last.Text, StringComparison.Ordinal);
        Assert.All(messages.Cast<LineTextMessage>(), m => Assert.InRange(m.Text.Length, 1, LineTextMessage.MaxLength));
    }

    [Fact]
    public void A_long_text_is_split_without_breaking_a_surrogate_pair()
    {
        var text = new string('a', 4999) + "😀" + new string('b', 10);

        var pieces = LineWebhookMapper.SplitText(text, 5000).ToList();

        Assert.Equal(text, string.Concat(pieces));
        Assert.All(pieces, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, 5000));
    }

    [Fact]
    public void Quick_replies_skip_links_drop_duplicates_and_shorten_labels_by_grapheme()
    {
        var actions = new List<CardAction>
        {
            CardAction.ImBack("マイナンバーカードの申請方法について詳しく知りたい"),
            CardAction.ImBack("はい"),
            CardAction.ImBack("はい"),
            new(ActionTypes.OpenUrl, "市のサイト", "https://www.city.handa.lg.jp/"),
            new(ActionTypes.PostBack, "👨‍👩‍👧‍👦家族で申請する方法を教えてください（まとめて）", JsonSerializer.SerializeToElement("家族で申請")),
            new(ActionTypes.MessageBack, "表示", "値") { Text = "送る文字" },
        };

        var quickReply = LineWebhookMapper.ToQuickReply(actions)!;

        var items = quickReply.Items.Select(i => (LineMessageAction)i.Action).ToList();
        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.InRange(new StringInfo(i.Label).LengthInTextElements, 1, 20));
        Assert.Equal("マイナンバーカードの申請方法について詳しく知りたい", items[0].Text);
        Assert.StartsWith("👨‍👩‍👧‍👦", items[2].Label, StringComparison.Ordinal);
        Assert.Equal("家族で申請", items[2].Text);
        Assert.Equal("送る文字", items[3].Text);
    }

    [Fact]
    public async Task Rendered_messages_satisfy_lines_contract()
    {
        var hero = new Attachment("application/vnd.microsoft.card.hero")
        {
            Content = new
            {
                title = "スマホ相談会",
                text = "毎月第2水曜日に開催します。",
                buttons = new object[]
                {
                    new { type = "openUrl", title = "申込み", value = "https://example.jp/apply" },
                    new { type = "imBack", title = "日程を見る", value = "日程を見る" },
                },
            },
        };
        var flex = new Attachment(LineWebhookMapper.FlexContentType)
        {
            Name = "相談会のご案内",
            Content = JsonSerializer.SerializeToElement(new { type = "bubble", body = new { type = "box", layout = "vertical", contents = new[] { new { type = "text", text = "相談会" } } } }),
        };
        var activities = new[]
        {
            MessageFactory.Text("ご案内します。"),
            MessageFactory.Attachment(hero),
            MessageFactory.Attachment(flex),
            MessageFactory.SuggestedActions(Enumerable.Range(1, 20).Select(i => $"選択肢{i}"), "どれにしますか。"),
        };

        var messages = LineWebhookMapper.ToLineMessages(activities);
        var body = JsonSerializer.Serialize(new LineReplyMessageRequest("token", messages), LineJson.Options);

        var contract = await LineOpenApiContract.MessagingApiAsync();
        Assert.Empty(contract.Validate("ReplyMessageRequest", body));
        var card = Assert.IsType<LineTextMessage>(messages[1]);
        Assert.Contains("スマホ相談会", card.Text, StringComparison.Ordinal);
        Assert.Contains("https://example.jp/apply", card.Text, StringComparison.Ordinal);
        Assert.IsType<LineFlexMessage>(messages[2]);
        Assert.Equal(13, messages[^1].QuickReply!.Items.Count);
    }

    private static async Task<LineWebhookEvent> ReadAsync(System.Text.Json.Nodes.JsonObject lineEvent)
    {
        var body = await LineWebhookBodies.CallbackAsync(lineEvent);
        using var document = JsonDocument.Parse(body);
        Assert.True(LineWebhookMapper.TryReadEvent(document.RootElement.GetProperty("events")[0].Clone(), out var read));
        return read;
    }
}
