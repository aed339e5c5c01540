using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DxBot.Channels.Teams.Tests.Infrastructure;
using DxBot.TestServers;

namespace DxBot.Channels.Teams.Tests;

/// <summary>The messaging endpoint end to end: real host, real adapter, fake Bot Connector / Entra ID / OpenID issuer.</summary>
public class TeamsMessagingEndpointTests(TeamsHostFixture fixture) : IClassFixture<TeamsHostFixture>
{
    private FakeBotConnector Connector => fixture.Servers.Connector;

    private FakeOpenIdIssuer Issuer => fixture.Servers.Issuer;

    private HttpClient Client => fixture.Client;

    private string ValidToken(string? serviceUrl = null) => Issuer.CreateToken(FakeBotConnector.AppId, serviceUrl ?? Connector.ServiceUrl);

    [Fact]
    public async Task A_valid_request_is_answered_in_its_thread_with_the_bot_token()
    {
        var conversationId = TeamsPayloads.NewPersonalConversationId();

        var response = await Client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(Connector.ServiceUrl, conversationId, "転入届について教えてください", id: "1700000000001"),
            ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.Equal("amer", reply.Region);
        Assert.Equal("1700000000001", reply.ReplyToId);
        Assert.True(reply.Accepted);
        Assert.True(Connector.IsIssuedToken(reply.Authorization));
        Assert.Equal("message", reply.Type);
        Assert.Equal("1700000000001", reply.Activity.GetProperty("replyToId").GetString());
        Assert.Equal(TeamsPayloads.BotId, reply.Activity.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal(conversationId, reply.Activity.GetProperty("conversation").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Replies_are_rendered_as_adaptive_cards_with_the_text_as_fallback()
    {
        var conversationId = TeamsPayloads.NewPersonalConversationId();

        await Client.PostActivityAsync(TeamsPayloads.PersonalMessage(Connector.ServiceUrl, conversationId, "質問"), ValidToken());

        var reply = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.StartsWith("受け付けました: 質問\n", reply.Text);
        Assert.False(reply.Activity.TryGetProperty("suggestedActions", out _));

        var card = reply.Card;
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal(reply.Text, card.GetProperty("fallbackText").GetString());

        var blocks = card.GetProperty("body").EnumerateArray().ToList();
        Assert.All(blocks, b =>
        {
            Assert.Equal("TextBlock", b.GetProperty("type").GetString());
            Assert.True(b.GetProperty("wrap").GetBoolean());
        });
        Assert.Equal(["受け付けました: 質問", "市: goshogawara", "管理者: False", "出典: テスト資料 p.1"], blocks.Select(b => b.GetProperty("text").GetString()));
        var source = blocks[^1];
        Assert.True(source.GetProperty("isSubtle").GetBoolean());
        Assert.Equal("small", source.GetProperty("size").GetString());
        Assert.False(blocks[0].TryGetProperty("isSubtle", out _));

        var actions = card.GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(RecordingBot.Choices, actions.Select(a => a.GetProperty("title").GetString()));
        Assert.All(actions, a => Assert.Equal("Action.Submit", a.GetProperty("type").GetString()));
        Assert.Equal(RecordingBot.Choices, actions.Select(a => a.GetProperty("data").GetProperty("choice").GetString()));
    }

    public static TheoryData<string> Defects => new()
    {
        "expired", "wrong-audience", "wrong-issuer", "unknown-key", "missing-header", "service-url-mismatch", "not-a-jwt",
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public async Task Requests_without_a_valid_connector_token_are_refused_and_not_processed(string defect)
    {
        var conversationId = TeamsPayloads.NewPersonalConversationId();
        var now = DateTime.UtcNow;
        var token = defect switch
        {
            "expired" => Issuer.CreateToken(FakeBotConnector.AppId, Connector.ServiceUrl, notBefore: now.AddHours(-2), expires: now.AddMinutes(-10)),
            "wrong-audience" => Issuer.CreateToken("another-bot", Connector.ServiceUrl),
            "wrong-issuer" => Issuer.CreateToken(FakeBotConnector.AppId, Connector.ServiceUrl, issuer: "https://sts.windows.net/someone/"),
            "unknown-key" => Issuer.CreateToken(FakeBotConnector.AppId, Connector.ServiceUrl, signingKey: FakeOpenIdIssuer.CreateUnknownKey()),
            "service-url-mismatch" => Issuer.CreateToken(FakeBotConnector.AppId, "https://smba.trafficmanager.net/emea/"),
            "not-a-jwt" => "abc.def.ghi",
            _ => null,
        };

        var response = await Client.PostActivityAsync(TeamsPayloads.PersonalMessage(Connector.ServiceUrl, conversationId, "hello"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(fixture.Log.In(conversationId));
        Assert.DoesNotContain(Connector.Posted, p => p.ConversationId == conversationId);
    }

    [Fact]
    public async Task A_malformed_body_is_a_bad_request()
    {
        var response = await Client.PostRawAsync("{\"type\": \"message\", ", ValidToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pressing_a_card_button_sends_the_choice_as_the_message_text()
    {
        var conversationId = TeamsPayloads.NewPersonalConversationId();
        await Client.PostActivityAsync(TeamsPayloads.PersonalMessage(Connector.ServiceUrl, conversationId, "最初の質問"), ValidToken());
        var card = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId).Card;
        var secondButton = card.GetProperty("actions")[1];
        var submitData = JsonNode.Parse(secondButton.GetProperty("data").GetRawText())!;

        var response = await Client.PostActivityAsync(
            TeamsPayloads.CardSubmit(Connector.ServiceUrl, conversationId, submitData, replyToId: "sent-card"),
            ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turns = fixture.Log.In(conversationId);
        Assert.Equal(2, turns.Count);
        Assert.Equal("message", turns[1].Activity.Type);
        Assert.Equal(RecordingBot.Choices[1], turns[1].Activity.Text);
        Assert.Equal(2, Connector.Posted.Count(p => p.ConversationId == conversationId));
    }

    [Fact]
    public async Task A_universal_action_invoke_gets_an_invoke_response_and_becomes_a_message()
    {
        var conversationId = TeamsPayloads.NewPersonalConversationId();

        var response = await Client.PostActivityAsync(
            TeamsPayloads.UniversalActionInvoke(Connector.ServiceUrl, conversationId, "担当窓口"),
            ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(200, body.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        var turn = Assert.Single(fixture.Log.In(conversationId));
        Assert.Equal("message", turn.Activity.Type);
        Assert.Equal("担当窓口", turn.Activity.Text);
        Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
    }

    [Fact]
    public async Task Other_invokes_are_acknowledged_without_running_the_bot()
    {
        var conversationId = TeamsPayloads.NewPersonalConversationId();
        var invoke = TeamsPayloads.PersonalMessage(Connector.ServiceUrl, conversationId, null);
        invoke["type"] = "invoke";
        invoke["name"] = "task/fetch";

        var response = await Client.PostActivityAsync(invoke, ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(fixture.Log.In(conversationId));
    }

    [Fact]
    public async Task The_bot_mention_is_removed_from_channel_posts()
    {
        var threadId = TeamsPayloads.NewChannelThreadId();

        var response = await Client.PostActivityAsync(
            TeamsPayloads.ChannelMention(Connector.ServiceUrl, threadId, "住民票の写しの交付手続きは？"),
            ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(fixture.Log.In(threadId));
        Assert.Equal("住民票の写しの交付手続きは？", turn.Activity.Text);
        var reply = Assert.Single(Connector.Posted, p => p.ConversationId == threadId);
        Assert.Equal("1700000000002", reply.ReplyToId);
    }

    [Fact]
    public async Task The_tenant_binds_the_turn_to_its_city()
    {
        var mapped = TeamsPayloads.NewPersonalConversationId();
        var unmapped = TeamsPayloads.NewPersonalConversationId();

        await Client.PostActivityAsync(TeamsPayloads.PersonalMessage(Connector.ServiceUrl, mapped, "質問"), ValidToken());
        await Client.PostActivityAsync(TeamsPayloads.PersonalMessage(Connector.ServiceUrl, unmapped, "質問", tenantId: TeamsPayloads.OtherTenant), ValidToken());

        var bound = Assert.Single(fixture.Log.In(mapped));
        Assert.Equal(TeamsPayloads.City, bound.BoundCity);
        Assert.Equal("staff", bound.Audience);
        var unbound = Assert.Single(fixture.Log.In(unmapped));
        Assert.Null(unbound.BoundCity);
        Assert.Equal("staff", unbound.Audience);
    }

    [Fact]
    public async Task Tenant_ids_match_regardless_of_case()
    {
        var conversationId = TeamsPayloads.NewPersonalConversationId();

        await Client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(Connector.ServiceUrl, conversationId, "質問", tenantId: TeamsPayloads.CityTenant.ToUpperInvariant()),
            ValidToken());

        Assert.Equal(TeamsPayloads.City, Assert.Single(fixture.Log.In(conversationId)).BoundCity);
    }

    [Theory]
    [InlineData(TeamsPayloads.AdminObjectId, true)]
    [InlineData("11111111-AAAA-4BBB-8CCC-000000000001", true)]
    [InlineData(TeamsPayloads.StaffObjectId, false)]
    public async Task Administrators_are_recognised_by_their_entra_object_id(string aadObjectId, bool expected)
    {
        var conversationId = TeamsPayloads.NewPersonalConversationId();

        await Client.PostActivityAsync(TeamsPayloads.PersonalMessage(Connector.ServiceUrl, conversationId, "reindex", aadObjectId: aadObjectId), ValidToken());

        Assert.Equal(expected, Assert.Single(fixture.Log.In(conversationId)).IsAdmin);
    }

    [Fact]
    public async Task Nothing_is_sent_to_a_service_url_off_the_allow_list()
    {
        const string untrusted = "https://connector.evil.example/amer/";
        var conversationId = TeamsPayloads.NewPersonalConversationId();
        var tokensBefore = Connector.TokenRequests.Count;

        var response = await Client.PostActivityAsync(
            TeamsPayloads.PersonalMessage(untrusted, conversationId, "質問"),
            Issuer.CreateToken(FakeBotConnector.AppId, untrusted));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(fixture.Log.In(conversationId));
        Assert.DoesNotContain(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.Equal(tokensBefore, Connector.TokenRequests.Count);
    }

    [Fact]
    public async Task Reactions_are_ignored_without_error()
    {
        var conversationId = TeamsPayloads.NewPersonalConversationId();

        var response = await Client.PostActivityAsync(TeamsPayloads.Reaction(Connector.ServiceUrl, conversationId), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(fixture.Log.In(conversationId));
    }

    [Fact]
    public async Task Installing_the_bot_in_a_team_welcomes_the_installer()
    {
        var threadId = TeamsPayloads.NewChannelThreadId();

        var response = await Client.PostActivityAsync(TeamsPayloads.BotAddedToTeam(Connector.ServiceUrl, threadId), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(fixture.Log.In(threadId));
        Assert.Equal("conversationUpdate", turn.Activity.Type);
        Assert.Equal("山田 花子", Assert.Single(turn.Activity.MembersAdded!).Name);
        var welcome = Assert.Single(Connector.Posted, p => p.ConversationId == threadId);
        Assert.Contains("ようこそ", welcome.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Colleagues_joining_a_team_are_not_welcomed_in_the_channel()
    {
        var threadId = TeamsPayloads.NewChannelThreadId();

        var response = await Client.PostActivityAsync(TeamsPayloads.ColleagueAddedToTeam(Connector.ServiceUrl, threadId), ValidToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(fixture.Log.In(threadId));
    }

    [Fact]
    public async Task The_bot_token_is_fetched_once_and_reused()
    {
        for (var i = 0; i < 2; i++)
        {
            await Client.PostActivityAsync(TeamsPayloads.PersonalMessage(Connector.ServiceUrl, TeamsPayloads.NewPersonalConversationId(), "質問"), ValidToken());
        }

        var tokens = Connector.TokenRequests;
        Assert.Single(tokens);
        Assert.Equal(FakeBotConnector.TenantId, tokens[0].Tenant);
    }
}
