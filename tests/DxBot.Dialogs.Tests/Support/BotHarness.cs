using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Bots;
using DxBot.Dialogs.Conversation;
using DxBot.Dialogs.Privacy;
using DxBot.Dialogs.State;
using DxBot.Dialogs.Topics.Admin;
using DxBot.Dialogs.Topics.CityPicker;
using DxBot.Dialogs.Topics.English;
using DxBot.Dialogs.Topics.Feedback;
using DxBot.Dialogs.Topics.KnowledgeAnswer;
using DxBot.Dialogs.Topics.Main;
using DxBot.Dialogs.Topics.MyNumberCard;
using DxBot.Dialogs.Topics.OnlineProcedures;
using DxBot.Dialogs.Topics.SupportSessions;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;
using DxBot.Search;
using Microsoft.Extensions.Logging.Abstractions;

namespace DxBot.Dialogs.Tests.Support;

/// <summary>The whole bot wired by hand (as DI does in the host), with one conversation to talk through.</summary>
internal sealed class BotHarness
{
    private readonly CollectingAdapter _adapter = new();
    private readonly IBot _bot;
    private readonly string? _boundCity;
    private readonly bool _isAdmin;
    private int _turn;

    public BotHarness(string? boundCity = "goshogawara", bool isAdmin = false, KnowledgeBase? knowledge = null, IKnowledgeProvider? provider = null, DateTimeOffset? now = null, IQuestionLog? questions = null, IStorage? storage = null)
    {
        Storage = storage ?? new MemoryStorage();
        Questions = questions ?? new InMemoryQuestionLog();
        _boundCity = boundCity;
        _isAdmin = isAdmin;
        Knowledge = provider ?? new FakeKnowledgeProvider(knowledge ?? TestKnowledge.Create());
        var accessors = new BotAccessors(new ConversationState(Storage), new UserState(Storage));
        var options = new DialogOptions();
        var time = new FixedTime(now ?? new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(9)));
        var main = new MainDialog(
            Knowledge,
            accessors,
            new CityPickerDialog(Knowledge, accessors),
            new MyNumberCardDialog(Knowledge, options, time),
            new OnlineProceduresDialog(Knowledge, options),
            new SupportSessionsDialog(Knowledge, options, time),
            new KnowledgeAnswerDialog(Knowledge, Questions, options, time),
            new AdminDialog(Questions, Reindexer),
            new FeedbackDialog(Knowledge, accessors, Questions, time),
            new EnglishDialog(Knowledge, new LuceneEnglishSearcher(), Questions, options, time));
        _bot = new DxBotActivityHandler(main, accessors);
        _adapter.Use(new PrivacyMiddleware());
        _adapter.OnTurnError = new TurnErrorHandler(accessors, NullLogger<TurnErrorHandler>.Instance).HandleAsync;
        BotCalled = 0;
    }

    public IKnowledgeProvider Knowledge { get; }

    public IStorage Storage { get; }

    public IQuestionLog Questions { get; }

    public FakeReindexer Reindexer { get; } = new();

    public int BotCalled { get; private set; }

    public string UserId { get; init; } = "U-test-user";

    /// <summary>The turn state of the last turn that reached the bot, with what the dialogs reported in it.</summary>
    public IDictionary<string, object>? LastTurnState { get; private set; }

    public async Task<IReadOnlyList<Activity>> SendAsync(string text)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"m{++_turn}",
            Text = text,
            ChannelId = "test",
            Conversation = new ConversationAccount("conv-1"),
            From = new ChannelAccount(UserId),
            Recipient = new ChannelAccount("bot"),
        };
        return await _adapter.ProcessActivityAsync(activity, (turn, ct) =>
        {
            BotCalled++;
            LastTurnState = turn.TurnState;
            if (_boundCity is not null)
            {
                turn.TurnState[TurnStateKeys.BoundCity] = _boundCity;
            }

            turn.TurnState[TurnStateKeys.IsAdmin] = _isAdmin;
            return _bot.OnTurnAsync(turn, ct);
        }, CancellationToken.None);
    }

    /// <summary>Everything the question log holds, oldest first.</summary>
    public Task<IReadOnlyList<QuestionRecord>> RecordedAsync() => Questions.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None);

    public async Task<string> AskAsync(string text) => Text(await SendAsync(text));

    public static string Text(IEnumerable<Activity> replies) => string.Join("\n", replies.Select(r => r.Text));

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("JST", TimeSpan.FromHours(9), "JST", "JST");
    }
}
