using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DxBot.Protocol.Authentication;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Connector;
using DxBot.Protocol.Schema;
using DxBot.TestServers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Protocol.Tests;

public sealed class BotFrameworkAdapterTests(FakeServersFixture servers) : IClassFixture<FakeServersFixture>, IAsyncLifetime
{
    private readonly List<ITurnContext> _turns = [];
    private WebApplication? _app;
    private HttpClient? _client;
    private Func<ITurnContext, Task> _bot = turn => turn.SendActivityAsync(MessageFactory.Text("echo: " + turn.Activity.Text));

    private FakeBotConnector Connector => servers.Connector;

    private FakeOpenIdIssuer Issuer => servers.Issuer;

    private HttpClient Client => _client ?? throw new InvalidOperationException();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseTestServer();
        var settings = servers.BotSettings();
        settings["Bot:AllowedTenants:0"] = "tenant-a";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddOptions<BotFrameworkOptions>().Bind(builder.Configuration.GetSection(BotFrameworkOptions.SectionName));
        builder.Services.AddHttpClient();
        TestHttpClients.TrustTestCertificate(builder.Services);
        builder.Services.AddSingleton<BotFrameworkAuthenticator>();
        builder.Services.AddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        builder.Services.AddSingleton(sp => new ConnectorClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            ServiceUrlPolicy.FromOptions(sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value),
            sp.GetRequiredService<IBotTokenProvider>(),
            sp.GetRequiredService<ILogger<ConnectorClient>>()));
        builder.Services.AddSingleton<BotFrameworkAdapter>();
        _app = builder.Build();
        _app.MapPost("/api/messages", context => _app.Services.GetRequiredService<BotFrameworkAdapter>().ProcessAsync(
            context.Request,
            context.Response,
            async (turn, _) =>
            {
                _turns.Add(turn);
                await _bot(turn);
            },
            CancellationToken.None));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    [Fact]
    public async Task Runs_the_turn_and_replies_through_the_connector()
    {
        var conversationId = NewConversationId();

        var response = await PostAsync(Message(conversationId, "質問です"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.Equal("activity-1", posted.ReplyToId);
        Assert.Equal("echo: 質問です", posted.Text);
        Assert.True(posted.Accepted);
        Assert.Equal("bot-id", posted.Activity.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user-id", posted.Activity.GetProperty("recipient").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_answer_card_is_not_sent_to_Bot_Framework_channels_which_show_the_text_that_says_the_same()
    {
        var hero = new Attachment("application/vnd.microsoft.card.hero") { Content = new { title = "カード" } };
        _bot = turn => turn.SendActivityAsync(MessageFactory.Text("【妊娠の届出】\n計画です。") with
        {
            Attachments = [new AnswerCard("妊娠の届出") { Badge = new AnswerCardBadge("予定", AnswerCardTone.Planned) }.ToAttachment(), hero],
        });
        var conversationId = NewConversationId();

        await PostAsync(Message(conversationId, "妊娠の届出"));

        var posted = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.Equal("【妊娠の届出】\n計画です。", posted.Text);
        var attachments = posted.Activity.GetProperty("attachments").EnumerateArray().ToList();
        Assert.Equal(["application/vnd.microsoft.card.hero"], attachments.Select(a => a.GetProperty("contentType").GetString()));
    }

    [Fact]
    public async Task Authenticates_before_reading_the_body()
    {
        var response = await PostRawAsync("{not json", "application/json", token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Empty(_turns);
    }

    [Theory]
    [InlineData("{not json", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("{\"type\":\"message\"}", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task Rejects_malformed_activities(string body, string contentType, HttpStatusCode expected)
    {
        var response = await PostRawAsync(body, contentType, Issuer.CreateToken(FakeBotConnector.AppId, Connector.ServiceUrl));

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(_turns);
    }

    [Fact]
    public async Task Answers_an_invoke_with_the_bots_invoke_response()
    {
        _bot = turn => turn.SendActivityAsync(new Activity
        {
            Type = ActivityTypes.InvokeResponse,
            Value = JsonSerializer.SerializeToElement(new InvokeResponse(200, new { ok = true }), ProtocolJson.Options),
        });
        var conversationId = NewConversationId();

        var response = await PostAsync(Message(conversationId, null) with { Type = ActivityTypes.Invoke, Name = "some/invoke" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("ok").GetBoolean());
        Assert.DoesNotContain(Connector.Posted, p => p.ConversationId == conversationId);
    }

    [Fact]
    public async Task An_unclaimed_invoke_is_not_implemented()
    {
        _bot = _ => Task.CompletedTask;

        var response = await PostAsync(Message(NewConversationId(), null) with { Type = ActivityTypes.Invoke, Name = "some/invoke" });

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Ignores_tenants_that_are_not_allowed()
    {
        var conversationId = NewConversationId();
        var activity = Message(conversationId, "hi") with { Conversation = new ConversationAccount(conversationId) { TenantId = "tenant-b" } };

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_turns);
    }

    [Fact]
    public async Task Does_not_run_a_turn_it_could_not_answer()
    {
        const string untrusted = "https://connector.evil.example/amer/";
        var activity = Message(NewConversationId(), "hi") with { ServiceUrl = untrusted };

        var response = await PostAsync(activity, Issuer.CreateToken(FakeBotConnector.AppId, untrusted));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_turns);
    }

    [Fact]
    public async Task Continues_a_conversation_proactively()
    {
        var conversationId = NewConversationId();
        var adapter = _app!.Services.GetRequiredService<BotFrameworkAdapter>();
        var reference = ConversationReference.FromActivity(Message(conversationId, "hi"));
        var proactive = false;

        await adapter.ContinueConversationAsync(
            reference,
            async (turn, ct) =>
            {
                proactive = turn.TurnState.ContainsKey(BotFrameworkAdapter.ProactiveTurnKey);
                await turn.SendActivityAsync(MessageFactory.Text("更新のお知らせ"), ct);
            },
            CancellationToken.None);

        Assert.True(proactive);
        var posted = Assert.Single(Connector.Posted, p => p.ConversationId == conversationId);
        Assert.Null(posted.ReplyToId);
        Assert.Equal("更新のお知らせ", posted.Text);
    }

    private static string NewConversationId() => $"a:{Guid.NewGuid():N}";

    private Activity Message(string conversationId, string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "activity-1",
        ChannelId = "msteams",
        ServiceUrl = Connector.ServiceUrl,
        From = new ChannelAccount("user-id", "職員"),
        Recipient = new ChannelAccount("bot-id", "DxBot"),
        Conversation = new ConversationAccount(conversationId) { TenantId = "tenant-a" },
        Text = text,
    };

    private Task<HttpResponseMessage> PostAsync(Activity activity, string? token = null) =>
        PostRawAsync(
            JsonSerializer.Serialize(activity, ProtocolJson.Options),
            "application/json",
            token ?? Issuer.CreateToken(FakeBotConnector.AppId, activity.ServiceUrl));

    private Task<HttpResponseMessage> PostRawAsync(string body, string contentType, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return Client.SendAsync(request);
    }
}
