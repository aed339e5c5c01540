using System.Net;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Dialogs.Privacy;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>The real bot (dialogs and knowledge, no test double) behind two cities' LINE routes.</summary>
public sealed class LineRealBotTests
{
    [Fact]
    public async Task Two_cities_routes_each_answer_with_their_citys_knowledge()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var host = new LineBotHost(lineApi, testBot: null);
        var handaToken = NewReplyToken();
        var goshoToken = NewReplyToken();

        using var handaResponse = await host.PostSignedAsync("handa", await CallbackAsync(Text(NewUserId(), "マイナンバーカードの交付率は？", handaToken)));
        using var goshoResponse = await host.PostSignedAsync("goshogawara", await CallbackAsync(Text(NewUserId(), "マイナンバーカードの交付率は？", goshoToken)));

        Assert.Equal(HttpStatusCode.OK, handaResponse.StatusCode);
        Assert.Equal(HttpStatusCode.OK, goshoResponse.StatusCode);
        var calls = await lineApi.WaitForAsync(
            c => c.Any(x => x.ReplyToken == handaToken && x.Succeeded) && c.Any(x => x.ReplyToken == goshoToken && x.Succeeded),
            "both cities' replies",
            TimeSpan.FromSeconds(60));
        var handa = calls.Single(c => c.ReplyToken == handaToken && c.Succeeded);
        var gosho = calls.Single(c => c.ReplyToken == goshoToken && c.Succeeded);
        Assert.Empty(handa.ContractErrors);
        Assert.Empty(gosho.ContractErrors);
        var handaText = string.Join("\n", handa.Texts);
        var goshoText = string.Join("\n", gosho.Texts);
        Assert.True(handaText.Contains("半田市", StringComparison.Ordinal) || handaText.Contains("52.2", StringComparison.Ordinal), "handa's answer: " + handaText);
        Assert.Contains("五所川原市", goshoText, StringComparison.Ordinal);
        Assert.DoesNotContain("五所川原市", handaText, StringComparison.Ordinal);
        Assert.DoesNotContain("半田市", goshoText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_person_following_two_cities_has_a_separate_conversation_with_each()
    {
        // Accounts under one LINE provider see one person with one user id: a question left open in one city's chat
        // must not take over the other city's.
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var host = new LineBotHost(lineApi, testBot: null);
        var user = NewUserId();
        var handaToken = NewReplyToken();
        var goshoToken = NewReplyToken();

        await host.PostSignedAsync("handa", await CallbackAsync(Text(user, "オンラインでできる手続きを知りたい", handaToken)));
        await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == handaToken && x.Succeeded), "handa's procedure prompt", TimeSpan.FromSeconds(60));
        await host.PostSignedAsync("goshogawara", await CallbackAsync(Text(user, "児童手当", goshoToken)));
        var calls = await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == goshoToken && x.Succeeded), "goshogawara's answer", TimeSpan.FromSeconds(60));

        // A procedure answer is a Flex bubble; its text is the fallback.
        var gosho = string.Join("\n", calls.Single(c => c.ReplyToken == goshoToken && c.Succeeded).Readable);
        Assert.Contains("五所川原市", gosho, StringComparison.Ordinal);
        Assert.DoesNotContain("半田市", gosho, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_my_number_in_a_question_is_warned_about_first_and_the_rest_is_answered_without_the_digits()
    {
        await using var lineApi = await FakeLineApi.StartAsync();
        await using var host = new LineBotHost(lineApi, testBot: null);
        var token = NewReplyToken();

        using var response = await host.PostSignedAsync("handa", await CallbackAsync(Text(NewUserId(), "マイナンバーは2718 2818 2845です。コンビニで住民票は取れますか", token)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await lineApi.WaitForAsync(c => c.Any(x => x.ReplyToken == token && x.Succeeded), "the reply", TimeSpan.FromSeconds(60));
        var reply = calls.Single(c => c.ReplyToken == token && c.Succeeded);
        Assert.Empty(reply.ContractErrors);
        Assert.Equal(PrivacyStrings.MyNumberWarning, reply.Texts[0]);
        var answer = string.Join("\n", reply.Texts.Skip(1));
        Assert.Contains("コンビニ交付", answer, StringComparison.Ordinal);
        Assert.Contains("マルチコピー機", answer, StringComparison.Ordinal);
        var everything = string.Join("\n", reply.Texts) + string.Join("\n", host.Logs.Lines);
        Assert.DoesNotContain("2818", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("2845", everything, StringComparison.Ordinal);
    }
}
