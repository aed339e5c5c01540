using System.Text.Json;
using DxBot.Channels.Line.Tests.Infrastructure;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>Answers drawn as Flex by the real bot, checked against LINE's contract by the fake API.</summary>
public sealed class LineFlexAnswerTests
{
    [Fact]
    public async Task A_procedure_answer_is_a_flex_bubble_with_the_plans_status_badge_a_pittari_link_and_its_text_as_altText()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var host = new LineBotHost(lineApi, testBot: null);
        var token = NewReplyToken();

        await host.PostSignedAsync("goshogawara", await CallbackAsync(Text(NewUserId(), "妊娠の届出はオンラインでできますか", token)));

        var calls = await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token), "the answer", TimeSpan.FromSeconds(60));
        var reply = calls.Single(c => c.ReplyToken == token);
        Assert.Empty(reply.ContractErrors);
        var flex = Assert.Single(reply.Messages);
        Assert.Equal("flex", flex.GetProperty("type").GetString());
        var altText = flex.GetProperty("altText").GetString()!;
        // The text the bot answered before Flex, unchanged, is the fallback.
        Assert.StartsWith("【妊娠の届出】\n妊娠の届出は、計画期間中（令和7年度まで）にマイナポータル（ぴったりサービス）でオンライン化する計画です。", altText, StringComparison.Ordinal);
        Assert.Contains("\n出典: 五所川原市DX推進計画", altText, StringComparison.Ordinal);
        Assert.Empty(reply.Texts);

        var bubble = flex.GetProperty("contents");
        Assert.Equal("bubble", bubble.GetProperty("type").GetString());
        var texts = TextsOf(bubble.GetProperty("body"));
        Assert.Equal("予定", texts[0]);
        Assert.Equal("妊娠の届出", texts[1]);
        Assert.StartsWith("出典: 五所川原市DX推進計画", texts[^1], StringComparison.Ordinal);
        var action = Assert.Single(bubble.GetProperty("footer").GetProperty("contents").EnumerateArray()).GetProperty("action");
        Assert.Equal("uri", action.GetProperty("type").GetString());
        Assert.Equal("https://app.oss.myna.go.jp/", action.GetProperty("uri").GetString());
        // The suggested next procedures stay as quick replies, on the Flex message.
        Assert.Contains("児童手当", flex.GetProperty("quickReply").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetProperty("label").GetString()));
    }

    [Fact]
    public async Task My_number_guides_are_numbered_flex_bubbles_one_step_a_sentence()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var host = new LineBotHost(lineApi, testBot: null);
        var token = NewReplyToken();

        await host.PostSignedAsync("handa", await CallbackAsync(Text(NewUserId(), "マイナンバーカードの申請方法", token)));

        var calls = await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token), "the answer", TimeSpan.FromSeconds(60));
        var reply = calls.Single(c => c.ReplyToken == token);
        Assert.Empty(reply.ContractErrors);
        var flex = reply.Messages[0];
        Assert.Equal("flex", flex.GetProperty("type").GetString());
        var contents = flex.GetProperty("contents");
        var first = contents.GetProperty("type").GetString() == "carousel" ? contents.GetProperty("contents")[0] : contents;
        var body = first.GetProperty("body").GetProperty("contents").EnumerateArray().ToList();
        Assert.Equal("マイナンバーカードの申請方法（スマホ・パソコン・郵送・証明用写真機・窓口）", body[0].GetProperty("text").GetString());
        var steps = body.Where(b => b.GetProperty("type").GetString() == "box").Select(b => b.GetProperty("contents")).ToList();
        Assert.Equal(["1", "2", "3", "4"], steps.Select(s => s[0].GetProperty("text").GetString()));
        Assert.Equal("どの方法でも顔写真が必要です。", steps[2][1].GetProperty("text").GetString());
        Assert.StartsWith("【マイナンバーカードの申請方法", flex.GetProperty("altText").GetString(), StringComparison.Ordinal);
    }

    private static List<string> TextsOf(JsonElement component)
    {
        var texts = new List<string>();
        if (component.GetProperty("type").GetString() == "text")
        {
            texts.Add(component.GetProperty("text").GetString()!);
        }
        else if (component.TryGetProperty("contents", out var contents))
        {
            foreach (var child in contents.EnumerateArray())
            {
                texts.AddRange(TextsOf(child));
            }
        }

        return texts;
    }
}
