using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Protocol.Schema;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>
/// The LINE channel end to end: webhooks posted over HTTP to the DxBot host, answers observed at a fake LINE API
/// that checks them against LINE's OpenAPI contract. Background work is awaited by polling the recorded calls.
/// </summary>
[Collection(LineHostCollection.Name)]
public sealed class LineWebhookTests(LineHostFixture fixture) : IDisposable
{
    private const string Handa = "handa";
    private const string Goshogawara = "goshogawara";

    private readonly FakeLineApi _line = fixture.LineApi;
    private readonly LineBotHost _host = fixture.Host;

    public void Dispose() => _line.ClearFaults();

    [Fact]
    public async Task Good_signature_text_message_is_answered_with_one_valid_reply_using_its_token()
    {
        var user = NewUserId();
        var token = NewReplyToken();

        using var response = await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "こんにちは", token)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await WaitForReplyAsync(token);
        Assert.Empty(reply.ContractErrors);
        Assert.True(reply.Succeeded);
        Assert.Equal("Bearer " + LineBotHost.Cities[Handa].Token, reply.Authorization);
        Assert.Null(reply.RetryKey);
        var text = Assert.Single(reply.Texts);
        Assert.StartsWith("受け付けました: こんにちは", text, StringComparison.Ordinal);

        // An answer this quick needs no loading animation.
        Assert.DoesNotContain(_line.Calls, c => c.Path == FakeLineApi.LoadingPath && c.ChatId == user);

        var (activity, city, audience) = Assert.Single(fixture.Bot.Received, r => r.Activity.From?.Id == user);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("line", activity.ChannelId);
        Assert.Equal(Handa, city);
        Assert.Equal("resident", audience);
    }

    [Fact]
    public async Task Suggested_actions_become_quick_replies_on_the_last_message()
    {
        var token = NewReplyToken();
        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(NewUserId(), "質問です", token)));

        var reply = await WaitForReplyAsync(token);
        var items = reply.Messages[^1].GetProperty("quickReply").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(EchoTestBot.Choices, items.Select(i => i.GetProperty("action").GetProperty("label").GetString()));
        Assert.All(items, i =>
        {
            Assert.Equal("message", i.GetProperty("action").GetProperty("type").GetString());
            Assert.Equal(i.GetProperty("action").GetProperty("label").GetString(), i.GetProperty("action").GetProperty("text").GetString());
        });
    }

    [Theory]
    [InlineData("missing")]
    [InlineData("other-secret")]
    [InlineData("garbage")]
    [InlineData("other-body")]
    public async Task Missing_or_wrong_signature_is_401_and_nothing_is_processed(string kind)
    {
        var user = NewUserId();
        var token = NewReplyToken();
        var body = await CallbackAsync(Text(user, "署名のないメッセージ", token));
        var signature = kind switch
        {
            "missing" => null,
            "other-secret" => LineSignatureVerifier.Sign(Encoding.UTF8.GetBytes(body), LineBotHost.Cities[Goshogawara].Secret),
            "garbage" => "not-a-signature",
            _ => LineSignatureVerifier.Sign(Encoding.UTF8.GetBytes(body + " "), LineBotHost.Cities[Handa].Secret),
        };

        using var response = await _host.PostWebhookAsync(Handa, body, signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingSentForAsync(user, token);
        Assert.DoesNotContain(fixture.Bot.Received, r => r.Activity.From?.Id == user && r.Activity.Text == "署名のないメッセージ");
    }

    [Theory]
    [InlineData("{\"destination\":\"U0123456789abcdef0123456789abcdef\",\"events\":[")]
    [InlineData("not json at all")]
    [InlineData("[]")]
    [InlineData("{\"destination\":\"U0123456789abcdef0123456789abcdef\"}")]
    [InlineData("{\"destination\":\"U0123456789abcdef0123456789abcdef\",\"events\":{}}")]
    public async Task Malformed_json_with_a_good_signature_is_400(string body)
    {
        using var response = await _host.PostSignedAsync(Handa, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Oversized_body_is_413(bool contentLengthKnown)
    {
        var user = NewUserId();
        var token = NewReplyToken();
        var body = await CallbackAsync(Text(user, new string('あ', LineBotHost.MaxBodyBytes), token));
        var bytes = Encoding.UTF8.GetBytes(body);
        HttpContent content = contentLengthKnown ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));

        using var response = await _host.PostWebhookAsync(Handa, content, LineSignatureVerifier.Sign(bytes, LineBotHost.Cities[Handa].Secret));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await AssertNothingSentForAsync(user, token);
    }

    [Fact]
    public async Task Verify_call_with_no_events_is_200()
    {
        using var response = await _host.PostSignedAsync(Goshogawara, await CallbackAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("tokyo")]
    [InlineData(LineBotHost.CityWithoutSecret)]
    public async Task A_city_without_a_channel_secret_has_no_route(string city)
    {
        var body = await CallbackAsync(Text(NewUserId(), "こんにちは", NewReplyToken()));

        using var response = await _host.PostWebhookAsync(city, body, LineSignatureVerifier.Sign(Encoding.UTF8.GetBytes(body), "any-secret"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_redelivered_event_is_answered_once()
    {
        var user = NewUserId();
        var token = NewReplyToken();
        var eventId = NewEventId();
        var at = DateTimeOffset.UtcNow;

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "一度だけ", token, eventId, at: at)));
        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "一度だけ", token, eventId, redelivery: true, at: at)));
        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "一度だけ", token, eventId, redelivery: true, at: at), Text(user, "一度だけ", token, eventId, redelivery: true, at: at)));

        await AssertOnlySentinelFollowsAsync(user, token, expectedForToken: 1);
        Assert.Single(fixture.Bot.Received, r => r.Activity.From?.Id == user && r.Activity.Text == "一度だけ");
    }

    [Fact]
    public async Task An_expired_reply_token_falls_back_to_a_push_to_the_user()
    {
        var user = NewUserId();
        var token = NewReplyToken();
        _line.FailNext(FakeLineApi.ReplyPath, 1, 400, "Invalid reply token");

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "遅れて届く", token)));

        var push = await WaitForPushAsync(user);
        Assert.Empty(push.ContractErrors);
        Assert.True(Guid.TryParseExact(push.RetryKey, "D", out _));
        Assert.Equal("Bearer " + LineBotHost.Cities[Handa].Token, push.Authorization);
        Assert.StartsWith("受け付けました: 遅れて届く", Assert.Single(push.Texts), StringComparison.Ordinal);
        var reply = Assert.Single(_line.Calls, c => c.ReplyToken == token);
        Assert.Equal(400, reply.Status);
    }

    [Fact]
    public async Task A_turn_past_the_reply_deadline_is_pushed_without_using_the_token()
    {
        var user = NewUserId();
        var token = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "ずっと前の質問", token, at: DateTimeOffset.UtcNow.AddMinutes(-2))));

        var push = await WaitForPushAsync(user);
        Assert.Empty(push.ContractErrors);
        Assert.DoesNotContain(_line.Calls, c => c.ReplyToken == token);
    }

    [Fact]
    public async Task Push_retries_reuse_one_retry_key()
    {
        var user = NewUserId();
        _line.FailNext(FakeLineApi.ReplyPath, 1, 400, "Invalid reply token");
        _line.FailNext(FakeLineApi.PushPath, 1, 500, "Internal server error");

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "再送キー", NewReplyToken())));

        var calls = await _line.WaitForAsync(c => c.Any(x => x.To == user && x.Succeeded), "a delivered push");
        var pushes = calls.Where(c => c.To == user).ToList();
        Assert.Equal([500, 200], pushes.Select(p => p.Status));
        Assert.Single(pushes.Select(p => p.RetryKey).Distinct());
    }

    [Fact]
    public async Task Seven_bot_messages_go_out_in_one_valid_reply_of_at_most_five()
    {
        var token = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(NewUserId(), EchoTestBot.SevenMessages, token)));

        var reply = await WaitForReplyAsync(token);
        Assert.Single(_line.Calls, c => c.ReplyToken == token);
        Assert.Empty(reply.ContractErrors);
        Assert.InRange(reply.Messages.Count, 1, 5);
        var all = string.Join("\n", reply.Texts);
        for (var i = 1; i <= 7; i++)
        {
            Assert.Contains($"メッセージ{i}です。", all, StringComparison.Ordinal);
        }

        Assert.True(all.IndexOf("メッセージ1です。", StringComparison.Ordinal) < all.IndexOf("メッセージ7です。", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_answer_is_split_within_lines_limit()
    {
        var token = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(NewUserId(), EchoTestBot.LongText, token)));

        var reply = await WaitForReplyAsync(token);
        Assert.Empty(reply.ContractErrors);
        Assert.True(reply.Texts.Count > 1);
        Assert.All(reply.Texts, t => Assert.InRange(t.Length, 1, 5000));
        Assert.Equal(EchoTestBot.LongAnswer.Replace("\n", string.Empty, StringComparison.Ordinal) + "出典: テスト計画", string.Concat(reply.Texts).Replace("\n", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rate_limited_then_ok_delivers_one_reply()
    {
        var token = NewReplyToken();
        _line.FailNext(FakeLineApi.ReplyPath, 1, 429, "The API rate limit has been exceeded. Try again later.");

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(NewUserId(), "混雑中", token)));

        var calls = await _line.WaitForAsync(c => c.Any(x => x.ReplyToken == token && x.Succeeded), "a delivered reply after 429");
        Assert.Equal([429, 200], calls.Where(c => c.ReplyToken == token).Select(c => c.Status));
        Assert.DoesNotContain(calls, c => c.Path == FakeLineApi.PushPath && c.Body.Contains("混雑中", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quick_replies_are_at_most_13_with_labels_of_at_most_20_characters()
    {
        var token = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(NewUserId(), EchoTestBot.ManyButtons, token)));

        var reply = await WaitForReplyAsync(token);
        Assert.Empty(reply.ContractErrors);
        var items = reply.Messages[^1].GetProperty("quickReply").GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(13, items.Count);
        Assert.All(items, item =>
        {
            var action = item.GetProperty("action");
            Assert.Equal("message", action.GetProperty("type").GetString());
            Assert.InRange(new StringInfo(action.GetProperty("label").GetString()!).LengthInTextElements, 1, 20);
            // The label is shortened, the text sent back is the whole choice.
            Assert.EndsWith("そのまま送ってください", action.GetProperty("text").GetString(), StringComparison.Ordinal);
        });
    }

    public static TheoryData<string> NonTextMessages => ["sticker", "image", "video", "audio", "location", "file"];

    [Theory]
    [MemberData(nameof(NonTextMessages))]
    public async Task Non_text_messages_get_a_polite_text_only_reply(string kind)
    {
        var user = NewUserId();
        var token = NewReplyToken();
        var lineEvent = kind switch
        {
            "sticker" => Sticker(user, token),
            "image" => Image(user, token),
            "video" => Video(user, token),
            "audio" => Audio(user, token),
            "location" => Location(user, token),
            _ => File(user, token),
        };

        await _host.PostSignedAsync(Handa, await CallbackAsync(lineEvent));

        var reply = await WaitForReplyAsync(token);
        Assert.Empty(reply.ContractErrors);
        var text = Assert.Single(reply.Texts);
        Assert.Contains("文字", text, StringComparison.Ordinal);
        Assert.Contains("ません。", text, StringComparison.Ordinal);
        Assert.EndsWith("ください。", text, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Bot.Received, r => r.Activity.From?.Id == user);
    }

    public static TheoryData<string> IgnoredEvents => ["unfollow", "unsend", "join", "leave", "memberJoined", "memberLeft", "standby"];

    [Theory]
    [MemberData(nameof(IgnoredEvents))]
    public async Task Events_that_need_no_answer_send_nothing(string kind)
    {
        var user = NewUserId();
        var group = NewGroupId();
        var token = NewReplyToken();
        var lineEvent = kind switch
        {
            "unfollow" => Unfollow(user),
            "unsend" => Unsend(user),
            "join" => Join(group, token),
            "leave" => Leave(group),
            "memberJoined" => MemberJoined(group, user, token),
            "memberLeft" => MemberLeft(group, user),
            _ => Standby(Text(user, "待機中", token)),
        };

        using var response = await _host.PostSignedAsync(Handa, await CallbackAsync(lineEvent));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // A later message of the same chat is answered after this event would have been: then nothing else was sent.
        var sentinelToken = NewReplyToken();
        var sentinelSource = kind is "join" or "leave" or "memberJoined" or "memberLeft" ? GroupSource(group, user) : UserSource(user);
        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(sentinelSource, "確認", sentinelToken)));
        await WaitForReplyAsync(sentinelToken);
        Assert.DoesNotContain(_line.Calls, c => c.ReplyToken == token || c.To == user || c.To == group);
        Assert.DoesNotContain(fixture.Bot.Received, r => r.Activity.Conversation?.Id is { } id && (id == user || id == group) && r.Activity.Text != "確認");
    }

    [Fact]
    public async Task A_new_friend_is_greeted_with_what_the_bot_can_do()
    {
        var user = NewUserId();
        var token = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Follow(user, token)));

        var reply = await WaitForReplyAsync(token);
        Assert.Empty(reply.ContractErrors);
        Assert.Contains("ありがとうございます", reply.Texts[0], StringComparison.Ordinal);
        Assert.True(reply.Messages[^1].GetProperty("quickReply").GetProperty("items").GetArrayLength() >= 3);
        var (activity, _, _) = Assert.Single(fixture.Bot.Received, r => r.Activity.From?.Id == user);
        Assert.Equal(ActivityTypes.ConversationUpdate, activity.Type);
        Assert.Equal(user, Assert.Single(activity.MembersAdded!).Id);
    }

    [Fact]
    public async Task A_postback_reaches_the_bot_as_a_message_with_its_data()
    {
        var user = NewUserId();
        var token = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Postback(user, "マイナンバーカードについて", token)));

        var reply = await WaitForReplyAsync(token);
        Assert.StartsWith("受け付けました: マイナンバーカードについて", reply.Texts[0], StringComparison.Ordinal);
        var (activity, _, _) = Assert.Single(fixture.Bot.Received, r => r.Activity.From?.Id == user);
        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("マイナンバーカードについて", activity.Text);
        Assert.Equal("マイナンバーカードについて", activity.Value?.GetString());
    }

    [Fact]
    public async Task Each_citys_route_binds_its_city_and_uses_its_own_channel()
    {
        var handaToken = NewReplyToken();
        var goshoToken = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(NewUserId(), "どこの市？", handaToken)));
        await _host.PostSignedAsync(Goshogawara, await CallbackAsync(Text(NewUserId(), "どこの市？", goshoToken)));

        var handa = await WaitForReplyAsync(handaToken);
        var gosho = await WaitForReplyAsync(goshoToken);
        Assert.Contains("市: handa", handa.Texts[0], StringComparison.Ordinal);
        Assert.Contains("市: goshogawara", gosho.Texts[0], StringComparison.Ordinal);
        Assert.Equal("Bearer " + LineBotHost.Cities[Handa].Token, handa.Authorization);
        Assert.Equal("Bearer " + LineBotHost.Cities[Goshogawara].Token, gosho.Authorization);
    }

    [Fact]
    public async Task A_slow_answer_is_preceded_by_the_loading_animation()
    {
        var user = NewUserId();
        var token = NewReplyToken();

        using var response = await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, EchoTestBot.Slow, token)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await WaitForReplyAsync(token);
        Assert.Equal("お待たせしました。", Assert.Single(reply.Texts));
        var loading = Assert.Single(_line.Calls, c => c.Path == FakeLineApi.LoadingPath && c.ChatId == user);
        Assert.Empty(loading.ContractErrors);
        Assert.True(loading.Sequence < reply.Sequence);
    }

    [Fact]
    public async Task A_group_message_is_answered_in_the_group_without_a_loading_animation()
    {
        var user = NewUserId();
        var group = NewGroupId();
        var token = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(GroupSource(group, user), "グループから", token)));

        await WaitForReplyAsync(token);
        Assert.DoesNotContain(_line.Calls, c => c.Path == FakeLineApi.LoadingPath && (c.ChatId == user || c.ChatId == group));
        var (activity, _, _) = Assert.Single(fixture.Bot.Received, r => r.Activity.From?.Id == user);
        Assert.Equal(group, activity.Conversation?.Id);
        Assert.True(activity.Conversation?.IsGroup);
    }

    [Fact]
    public async Task A_bot_failure_is_apologised_for_politely()
    {
        var token = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(NewUserId(), EchoTestBot.Fail, token)));

        var reply = await WaitForReplyAsync(token);
        Assert.Empty(reply.ContractErrors);
        Assert.Contains("申し訳", string.Concat(reply.Texts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hung_turn_is_cut_off_and_apologised_for()
    {
        var token = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(NewUserId(), EchoTestBot.Hang, token)));

        var reply = await WaitForReplyAsync(token);
        Assert.Empty(reply.ContractErrors);
        Assert.Contains("申し訳", Assert.Single(reply.Texts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_LINE_outage_is_retried_then_logged_and_counted_never_silent()
    {
        var user = NewUserId();
        var token = NewReplyToken();
        using var undelivered = new UndeliveredCounter(_host.Services);
        // Every attempt fails: 1 + 3 retries of the reply, then 1 + 3 of the push.
        _line.FailNext(FakeLineApi.ReplyPath, 4, 500, "Internal server error");
        _line.FailNext(FakeLineApi.PushPath, 4, 503, "Service unavailable");

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "障害中", token)));

        var calls = await _line.WaitForAsync(c => c.Count(x => x.To == user) == 4, "four push attempts");
        Assert.Equal(4, calls.Count(c => c.ReplyToken == token));
        Assert.Single(calls.Where(c => c.To == user).Select(c => c.RetryKey).Distinct());
        await undelivered.WaitForAsync(Handa, 1);
        await WaitUntilAsync(() => _host.Logs.Lines.Any(l => l.StartsWith("Error", StringComparison.Ordinal) && l.Contains("NOT delivered", StringComparison.Ordinal)), "the error log");
    }

    [Fact]
    public async Task A_turn_that_sends_nothing_is_logged_never_silent()
    {
        var token = NewReplyToken();
        var callback = await CallbackAsync(Text(NewUserId(), EchoTestBot.Silent, token));
        var eventId = JsonNode.Parse(callback)!["events"]![0]!["webhookEventId"]!.GetValue<string>();

        using var response = await _host.PostSignedAsync(Handa, callback);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await WaitUntilAsync(() => _host.Logs.Lines.Any(l => l.StartsWith("Warn", StringComparison.Ordinal) && l.Contains($"{eventId} for handa: the bot sent nothing to deliver", StringComparison.Ordinal)), "the warning");
        Assert.DoesNotContain(_line.Calls, c => c.ReplyToken == token);
    }

    [Fact]
    public async Task Secrets_user_ids_reply_tokens_and_message_texts_never_reach_the_logs()
    {
        var user = NewUserId();
        var token = NewReplyToken();
        var myNumberToken = NewReplyToken();

        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "住所変更の手続きについて教えてください", token)));
        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "私のマイナンバーは123456789012です", myNumberToken)));
        await WaitForReplyAsync(token);
        await WaitForReplyAsync(myNumberToken);
        using var wrong = await _host.PostWebhookAsync(Handa, await CallbackAsync(Text(user, "x", NewReplyToken())), "bad");

        var logs = string.Join("\n", _host.Logs.Lines);
        Assert.Contains("LINE event message/text", logs, StringComparison.Ordinal);
        foreach (var (secret, accessToken) in LineBotHost.Cities.Values)
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
            Assert.DoesNotContain(accessToken, logs, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(user, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(token, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(myNumberToken, logs, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789012", logs, StringComparison.Ordinal);
        Assert.DoesNotContain("住所変更", logs, StringComparison.Ordinal);
    }

    private static JsonObject Standby(JsonObject lineEvent)
    {
        lineEvent["mode"] = "standby";
        return lineEvent;
    }

    private async Task<LineApiCall> WaitForReplyAsync(string replyToken)
    {
        // A call the contract refused ends the wait at once, with the contract's complaints.
        var calls = await _line.WaitForAsync(c => c.Any(x => x.ReplyToken == replyToken && (x.Succeeded || x.ContractErrors.Count > 0)), "a reply with token " + replyToken);
        var refused = calls.FirstOrDefault(c => c.ReplyToken == replyToken && c.ContractErrors.Count > 0);
        Assert.True(refused is null, "LINE would refuse the reply:\n" + string.Join("\n", refused?.ContractErrors ?? []) + "\n" + refused?.Body);
        return calls.Single(c => c.ReplyToken == replyToken && c.Succeeded);
    }

    private async Task<LineApiCall> WaitForPushAsync(string to)
    {
        var calls = await _line.WaitForAsync(c => c.Any(x => x.To == to && x.Succeeded), "a push to the user");
        return calls.Single(c => c.To == to && c.Succeeded);
    }

    /// <summary>Sends a later message in the same chat and waits for its answer: the earlier event has been handled by then.</summary>
    private async Task AssertNothingSentForAsync(string user, string replyToken) => await AssertOnlySentinelFollowsAsync(user, replyToken, expectedForToken: 0);

    private async Task AssertOnlySentinelFollowsAsync(string user, string replyToken, int expectedForToken)
    {
        var sentinel = NewReplyToken();
        await _host.PostSignedAsync(Handa, await CallbackAsync(Text(user, "確認", sentinel)));
        await WaitForReplyAsync(sentinel);
        var calls = _line.Calls;
        Assert.Equal(expectedForToken, calls.Count(c => c.ReplyToken == replyToken));
        Assert.DoesNotContain(calls, c => c.To == user);
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for " + what);
            await Task.Delay(20);
        }
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent chunked.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
