using System.Text;
using System.Text.Json.Nodes;

namespace DxBot.LoadBench;

/// <summary>
/// Teams personal-chat messages as the Bot Connector posts them, unauthenticated (the bots run without an app id,
/// as for the Bot Framework Emulator, which both DxBot and botbuilder accept from loopback). The serviceUrl is the
/// fake connector; each city's staff are in their own tenant; the activity id is unique and comes back as replyToId.
/// </summary>
internal sealed class TeamsRequestFactory(Uri target, Uri serviceUrl, IReadOnlyList<Question> questions) : IRequestFactory
{
    public const int Staff = 2_000;
    private long _sequence;

    /// <summary>A tenant id per city, made from the city id so the bot's tenant map can be written from it.</summary>
    public static string TenantOf(string city) =>
        "aaaaaaaa-0000-4000-8000-" + Convert.ToHexString(Encoding.ASCII.GetBytes(city.PadRight(6)[..6])).ToLowerInvariant();

    public (HttpRequestMessage Request, string Key) Next()
    {
        var n = Interlocked.Increment(ref _sequence);
        var question = questions[Random.Shared.Next(questions.Count)];
        var activityId = "bench" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];
        var staff = Random.Shared.Next(Staff);
        var tenant = TenantOf(question.City);
        var body = new JsonObject
        {
            ["type"] = "message",
            ["id"] = activityId,
            ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
            ["serviceUrl"] = serviceUrl.ToString(),
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = $"29:staff{staff}", ["name"] = "職員", ["aadObjectId"] = $"22222222-aaaa-4bbb-8ccc-{staff:d12}" },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = tenant, ["id"] = $"a:1{question.City}{staff}" },
            ["recipient"] = new JsonObject { ["id"] = "28:dxbot-bench", ["name"] = "DxBot" },
            ["textFormat"] = "plain",
            ["locale"] = "ja-JP",
            ["text"] = question.Text,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
        }.ToJsonString();
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(target, "/api/messages"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        return (request, activityId);
    }
}
