using DxBot.Channels.Line.Tests.Infrastructure;

namespace DxBot.Channels.Line.Tests;

/// <summary>The fake LINE API is only as strict as its contract: these prove it refuses what LINE refuses.</summary>
public sealed class LineOpenApiContractTests
{
    private const string Text = """{"type":"text","text":"こんにちは"}""";

    [Fact]
    public async Task A_valid_reply_passes()
    {
        var contract = await LineOpenApiContract.MessagingApiAsync();

        Assert.Empty(contract.Validate("ReplyMessageRequest", $$"""{"replyToken":"t","messages":[{{Text}}]}"""));
    }

    [Theory]
    [InlineData("""{"messages":[{"type":"text","text":"a"}]}""")]
    [InlineData("""{"replyToken":"t","messages":[]}""")]
    [InlineData("""{"replyToken":"t","messages":[{"type":"text"}]}""")]
    [InlineData("""{"replyToken":"t","messages":[{"type":"nonsense","text":"a"}]}""")]
    [InlineData("""{"replyToken":"t","messages":[{"type":"text","text":"1"},{"type":"text","text":"2"},{"type":"text","text":"3"},{"type":"text","text":"4"},{"type":"text","text":"5"},{"type":"text","text":"6"}]}""")]
    [InlineData("""{"replyToken":"t","messages":[{"type":"flex","altText":"a"}]}""")]
    public async Task Replies_line_would_refuse_fail(string body)
    {
        var contract = await LineOpenApiContract.MessagingApiAsync();

        Assert.NotEmpty(contract.Validate("ReplyMessageRequest", body));
    }

    [Fact]
    public async Task Fourteen_quick_replies_fail()
    {
        var contract = await LineOpenApiContract.MessagingApiAsync();
        var items = string.Join(",", Enumerable.Range(1, 14).Select(i => $$$"""{"type":"action","action":{"type":"message","label":"{{{i}}}","text":"{{{i}}}"}}"""));

        Assert.NotEmpty(contract.Validate("ReplyMessageRequest", $$$"""{"replyToken":"t","messages":[{"type":"text","text":"a","quickReply":{"items":[{{{items}}}]}}]}"""));
    }

    [Fact]
    public async Task A_push_needs_a_recipient()
    {
        var contract = await LineOpenApiContract.MessagingApiAsync();

        Assert.NotEmpty(contract.Validate("PushMessageRequest", $$"""{"messages":[{{Text}}]}"""));
        Assert.Empty(contract.Validate("PushMessageRequest", $$"""{"to":"U1","messages":[{{Text}}]}"""));
    }

    [Theory]
    [InlineData("""{"destination":"not-a-user-id","events":[]}""")]
    [InlineData("""{"destination":"U0123456789abcdef0123456789abcdef"}""")]
    [InlineData("""{"destination":"U0123456789abcdef0123456789abcdef","events":[{"type":"message","mode":"active","timestamp":1,"webhookEventId":"01","deliveryContext":{"isRedelivery":false},"source":{"type":"user","userId":"U1"},"message":{"type":"text","id":"1"}}]}""")]
    [InlineData("""{"destination":"U0123456789abcdef0123456789abcdef","events":[{"type":"follow","mode":"active","timestamp":1,"webhookEventId":"01","deliveryContext":{"isRedelivery":false},"source":{"type":"user","userId":"U1"}}]}""")]
    public async Task Webhook_bodies_line_would_never_send_fail(string body)
    {
        var contract = await LineOpenApiContract.WebhookAsync();

        Assert.NotEmpty(contract.Validate("CallbackRequest", body));
    }
}
