using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace DxBot.LoadBench;

/// <summary>
/// Signed LINE webhook bodies, one text message event each, as LINE sends them: a unique webhookEventId and reply
/// token per event, a user drawn from a city's 20,000 friends, the event's timestamp now.
/// </summary>
internal sealed class LineRequestFactory(Uri target, Func<string, string> pathOfCity, IReadOnlyList<Question> questions, string secret) : IRequestFactory
{
    public const int Friends = 20_000;
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly byte[] _key = Encoding.UTF8.GetBytes(secret);
    private long _sequence;

    public (HttpRequestMessage Request, string Key) Next()
    {
        var n = Interlocked.Increment(ref _sequence);
        var question = questions[Random.Shared.Next(questions.Count)];
        var replyToken = Guid.NewGuid().ToString("N");
        var userId = "U" + Random.Shared.Next(Friends).ToString("x32");
        var message = new JsonObject
        {
            ["type"] = "text",
            ["id"] = (600000000000000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["quoteToken"] = "qt" + n,
            ["text"] = question.Text,
        };
        var body = new JsonObject
        {
            ["destination"] = "U0123456789abcdef0123456789abcdef",
            ["events"] = new JsonArray(new JsonObject
            {
                ["type"] = "message",
                ["mode"] = "active",
                ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
                ["source"] = new JsonObject { ["type"] = "user", ["userId"] = userId },
                ["webhookEventId"] = NewEventId(),
                ["deliveryContext"] = new JsonObject { ["isRedelivery"] = false },
                ["replyToken"] = replyToken,
                ["message"] = message,
            }),
        }.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, pathOfCity(question.City)))
        {
            Content = new ByteArrayContent(bytes),
        };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("x-line-signature", Convert.ToBase64String(HMACSHA256.HashData(_key, bytes)));
        return (request, replyToken);
    }

    /// <summary>A ULID-shaped id, as LINE's webhookEventId.</summary>
    private static string NewEventId() => string.Create(26, 0, (span, _) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Crockford[Random.Shared.Next(Crockford.Length)];
        }
    });
}
