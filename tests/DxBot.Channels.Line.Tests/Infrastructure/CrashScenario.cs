using System.Globalization;
using System.Net;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>
/// Residents writing to a bot that is killed: <see cref="Users"/> chats of <see cref="MessagesPerUser"/> messages each,
/// posted one round per message (a chat's messages in order, as LINE sends them), and the checks that every message the
/// webhook acknowledged was answered exactly once, each chat's answers in its messages' order.
/// </summary>
internal sealed class CrashScenario
{
    public const int Users = 50;
    public const int MessagesPerUser = 4;

    /// <summary>Workers of the killed process; all of them held at a send means every earlier answer was marked complete.</summary>
    public const int Workers = 4;

    /// <summary>Sends LINE accepts before it holds every later one, so some answers are out before the kill.</summary>
    public const int AnsweredBeforeKill = 20;

    private readonly List<Message> _messages = [];

    public CrashScenario()
    {
        for (var u = 0; u < Users; u++)
        {
            var user = NewUserId();
            for (var m = 0; m < MessagesPerUser; m++)
            {
                _messages.Add(new Message(user, m, NewReplyToken(), NewEventId()));
            }
        }
    }

    public int Count => _messages.Count;

    /// <summary>The messages the webhook answered 200.</summary>
    public IReadOnlyList<Message> Acknowledged => _messages.Where(m => m.Status == HttpStatusCode.OK).ToList();

    public IEnumerable<string> UserIds => _messages.Select(m => m.User).Distinct();

    /// <summary>The bot's settings shared by every process of a test (Knowledge, LINE pointed at the fake).</summary>
    public static Dictionary<string, string> Settings(FakeLineApi lineApi, string folder) => new()
    {
        ["Knowledge:Folders:0"] = TestPaths.KnowledgeFolder,
        ["Knowledge:IndexPath"] = Path.Combine(folder, "index"),
        ["Questions:Folder"] = Path.Combine(folder, "questions"),
        ["Line:ApiBaseUrl"] = lineApi.BaseUrl.ToString(),
        ["Line:Channels:handa:ChannelSecret"] = LineBotHost.Cities["handa"].Secret,
        ["Line:Channels:handa:ChannelAccessToken"] = LineBotHost.Cities["handa"].Token,
        ["Line:Workers"] = Workers.ToString(CultureInfo.InvariantCulture),
        // Answers go out as replies however long the test takes, so each answer names its message by its token.
        ["Line:ReplyDeadline"] = "00:05:00",
        ["Line:Retry:BaseDelay"] = "00:00:00.010",
        ["Line:Retry:MaxDelay"] = "00:00:00.050",
    };

    /// <summary>Posts every message, one round per message index, the chats of a round at once.</summary>
    public async Task PostAllAsync(DxBotProcess bot)
    {
        for (var round = 0; round < MessagesPerUser; round++)
        {
            await Task.WhenAll(_messages.Where(m => m.Index == round).Select(async m =>
            {
                var body = await CallbackAsync(Text(m.User, $"ゴミの出し方を教えてください（{m.Index + 1}）", m.ReplyToken, m.EventId));
                m.Status = await bot.PostSignedAsync("handa", body);
            }));
        }
    }

    /// <summary>True once every acknowledged message has a reply LINE accepted.</summary>
    public bool AllAnswered(IReadOnlyList<LineApiCall> calls)
    {
        var answered = calls.Where(c => c.Succeeded && c.Path == FakeLineApi.ReplyPath).Select(c => c.ReplyToken).ToHashSet(StringComparer.Ordinal);
        return Acknowledged.All(m => answered.Contains(m.ReplyToken));
    }

    public int Answered(IReadOnlyList<LineApiCall> calls) => calls.Count(c => c.Succeeded && c.Path == FakeLineApi.ReplyPath);

    /// <summary>Every acknowledged message answered exactly once, nothing pushed, and each chat answered in order.</summary>
    public void AssertAnsweredExactlyOnceInOrder(IReadOnlyList<LineApiCall> calls)
    {
        var replies = calls.Where(c => c.Succeeded && c.Path == FakeLineApi.ReplyPath).ToList();
        var lost = Acknowledged.Where(m => !replies.Any(r => r.ReplyToken == m.ReplyToken)).ToList();
        var twice = Acknowledged.Where(m => replies.Count(r => r.ReplyToken == m.ReplyToken) > 1).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged messages were never answered.");
        Assert.True(twice.Count == 0, $"{twice.Count} acknowledged messages were answered more than once.");
        Assert.DoesNotContain(calls, c => c.Succeeded && c.Path == FakeLineApi.PushPath);
        foreach (var chat in Acknowledged.GroupBy(m => m.User))
        {
            var order = chat.OrderBy(m => m.Index).Select(m => replies.Single(r => r.ReplyToken == m.ReplyToken).Sequence).ToList();
            Assert.True(order.SequenceEqual(order.Order()), "A chat's messages were answered out of order.");
        }
    }

    /// <summary>One message of a chat and what the webhook answered to it.</summary>
    public sealed class Message(string user, int index, string replyToken, string eventId)
    {
        public string User { get; } = user;

        public int Index { get; } = index;

        public string ReplyToken { get; } = replyToken;

        public string EventId { get; } = eventId;

        public HttpStatusCode? Status { get; set; }
    }
}
