using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>
/// Webhook bodies as LINE sends them. Every body is checked against webhook.yml's CallbackRequest before a test
/// posts it, so the channel is tested on documents LINE could really send.
/// </summary>
internal static class LineWebhookBodies
{
    public const string Destination = "U0123456789abcdef0123456789abcdef";

    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string NewUserId() => "U" + Guid.NewGuid().ToString("N");

    public static string NewGroupId() => "C" + Guid.NewGuid().ToString("N");

    public static string NewReplyToken() => Guid.NewGuid().ToString("N");

    /// <summary>A ULID-shaped id, as LINE's webhookEventId.</summary>
    public static string NewEventId() => string.Concat(Enumerable.Range(0, 26).Select(_ => Crockford[RandomNumberGenerator.GetInt32(Crockford.Length)]));

    /// <summary>A CallbackRequest holding the events; throws if the contract would reject it.</summary>
    public static async Task<string> CallbackAsync(params JsonObject[] events)
    {
        var body = new JsonObject
        {
            ["destination"] = Destination,
            ["events"] = new JsonArray(events.Select(e => (JsonNode)e.DeepClone()).ToArray()),
        }.ToJsonString();
        var contract = await LineOpenApiContract.WebhookAsync();
        var errors = contract.Validate("CallbackRequest", body);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException("The test's webhook body is not a valid CallbackRequest:\n" + string.Join("\n", errors) + "\n" + body);
        }

        return body;
    }

    public static JsonObject UserSource(string userId) => new() { ["type"] = "user", ["userId"] = userId };

    public static JsonObject GroupSource(string groupId, string? userId = null)
    {
        var source = new JsonObject { ["type"] = "group", ["groupId"] = groupId };
        if (userId is not null)
        {
            source["userId"] = userId;
        }

        return source;
    }

    public static JsonObject Text(JsonObject source, string text, string replyToken, string? eventId = null, bool redelivery = false, DateTimeOffset? at = null) =>
        Message(source, replyToken, new JsonObject { ["type"] = "text", ["id"] = NewMessageId(), ["text"] = text, ["quoteToken"] = "qt" + NewMessageId() }, eventId, redelivery, at);

    public static JsonObject Text(string userId, string text, string replyToken, string? eventId = null, bool redelivery = false, DateTimeOffset? at = null) =>
        Text(UserSource(userId), text, replyToken, eventId, redelivery, at);

    public static JsonObject Sticker(string userId, string replyToken) =>
        Message(UserSource(userId), replyToken, new JsonObject
        {
            ["type"] = "sticker",
            ["id"] = NewMessageId(),
            ["packageId"] = "446",
            ["stickerId"] = "1988",
            ["stickerResourceType"] = "STATIC",
            ["keywords"] = new JsonArray("happy", "smile"),
            ["quoteToken"] = "qt" + NewMessageId(),
        });

    public static JsonObject Image(string userId, string replyToken) =>
        Message(UserSource(userId), replyToken, new JsonObject
        {
            ["type"] = "image",
            ["id"] = NewMessageId(),
            ["contentProvider"] = new JsonObject { ["type"] = "line" },
            ["quoteToken"] = "qt" + NewMessageId(),
        });

    public static JsonObject Video(string userId, string replyToken) =>
        Message(UserSource(userId), replyToken, new JsonObject
        {
            ["type"] = "video",
            ["id"] = NewMessageId(),
            ["duration"] = 60000,
            ["contentProvider"] = new JsonObject { ["type"] = "line" },
            ["quoteToken"] = "qt" + NewMessageId(),
        });

    public static JsonObject Audio(string userId, string replyToken) =>
        Message(UserSource(userId), replyToken, new JsonObject
        {
            ["type"] = "audio",
            ["id"] = NewMessageId(),
            ["duration"] = 12000,
            ["contentProvider"] = new JsonObject { ["type"] = "line" },
        });

    public static JsonObject Location(string userId, string replyToken) =>
        Message(UserSource(userId), replyToken, new JsonObject
        {
            ["type"] = "location",
            ["id"] = NewMessageId(),
            ["title"] = "半田市役所",
            ["address"] = "愛知県半田市東洋町2-1",
            ["latitude"] = 34.8917,
            ["longitude"] = 136.9378,
        });

    public static JsonObject File(string userId, string replyToken) =>
        Message(UserSource(userId), replyToken, new JsonObject
        {
            ["type"] = "file",
            ["id"] = NewMessageId(),
            ["fileName"] = "申請書.pdf",
            ["fileSize"] = 2048,
        });

    public static JsonObject Follow(string userId, string replyToken) =>
        Event("follow", UserSource(userId), replyToken, extra: e => e["follow"] = new JsonObject { ["isUnblocked"] = false });

    public static JsonObject Unfollow(string userId) => Event("unfollow", UserSource(userId), replyToken: null);

    public static JsonObject Postback(string userId, string data, string replyToken, DateTimeOffset? at = null) =>
        Event("postback", UserSource(userId), replyToken, at: at, extra: e => e["postback"] = new JsonObject { ["data"] = data });

    public static JsonObject Unsend(string userId) =>
        Event("unsend", UserSource(userId), replyToken: null, extra: e => e["unsend"] = new JsonObject { ["messageId"] = NewMessageId() });

    public static JsonObject Join(string groupId, string replyToken) => Event("join", GroupSource(groupId), replyToken);

    public static JsonObject Leave(string groupId) => Event("leave", GroupSource(groupId), replyToken: null);

    public static JsonObject MemberJoined(string groupId, string memberId, string replyToken) =>
        Event("memberJoined", GroupSource(groupId), replyToken, extra: e => e["joined"] = new JsonObject { ["members"] = new JsonArray(UserSource(memberId)) });

    public static JsonObject MemberLeft(string groupId, string memberId) =>
        Event("memberLeft", GroupSource(groupId), replyToken: null, extra: e => e["left"] = new JsonObject { ["members"] = new JsonArray(UserSource(memberId)) });

    private static JsonObject Message(JsonObject source, string replyToken, JsonObject message, string? eventId = null, bool redelivery = false, DateTimeOffset? at = null) =>
        Event("message", source, replyToken, eventId, redelivery, at, e => e["message"] = message);

    private static JsonObject Event(string type, JsonObject source, string? replyToken, string? eventId = null, bool redelivery = false, DateTimeOffset? at = null, Action<JsonObject>? extra = null)
    {
        var e = new JsonObject
        {
            ["type"] = type,
            ["mode"] = "active",
            ["timestamp"] = (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds(),
            ["source"] = source.DeepClone(),
            ["webhookEventId"] = eventId ?? NewEventId(),
            ["deliveryContext"] = new JsonObject { ["isRedelivery"] = redelivery },
        };
        if (replyToken is not null)
        {
            e["replyToken"] = replyToken;
        }

        extra?.Invoke(e);
        return e;
    }

    private static string NewMessageId() => RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
