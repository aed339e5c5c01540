using System.Text.Json.Nodes;
using DxBot.Channels.Line.Tests.Infrastructure;
using DxBot.Channels.Teams.Tests.Infrastructure;
using DxBot.Dialogs.Topics.Handoff;
using DxBot.Handoff;
using DxBot.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static DxBot.Channels.Line.Tests.Infrastructure.LineWebhookBodies;

namespace DxBot.Channels.Line.Tests;

/// <summary>
/// Issue 14's "Done when", through the real host on loopback: LINE webhooks signed with the channel secret, the card
/// at the fake Bot Connector, staff submits signed by the test issuer, pushes checked against LINE's OpenAPI contract;
/// on SQLite and on a real PostgreSQL.
/// </summary>
public sealed class HandoffEndToEndTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    // Nothing in handa's knowledge answers it: the bot falls back and offers 「職員に聞く」.
    private const string Question = "市役所の駐車場は何時から使えますか";
    private const string StaffAnswer = "市役所の駐車場は、平日の午前8時から午後9時まで無料でご利用いただけます。";
    private const string Department = "総務部 財産管理課";

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Handoff_question_goes_to_staff_and_the_answer_returns_on_LINE_then_answers_the_next_resident(string provider)
    {
        await using var scenario = await HandoffScenario.StartAsync(provider, postgres);
        using var metrics = new MetricRecorder(scenario.Host.Services, "dxbot.handoff.requests", "dxbot.handoff.time_to_answer");
        var resident = NewUserId();

        var fallback = await scenario.SayAsync(resident, Question);
        Assert.Contains(HandoffStrings.Ask, fallback.QuickReplies);

        var consent = await scenario.SayAsync(resident, HandoffStrings.Ask);
        Assert.Equal(HandoffStrings.Consent("半田市", Question, 30), consent.Text);
        Assert.Equal(HandoffStrings.ConsentChoices, consent.QuickReplies);

        var sent = await scenario.SayAsync(resident, HandoffStrings.Agree);
        Assert.Equal(HandoffStrings.Sent, sent.Text);

        // The card: question, city, time and candidates; never the resident's LINE id.
        var card = await scenario.WaitForCardAsync(Question);
        var cardJson = card.Activity.ToString();
        Assert.Contains("半田市", cardJson, StringComparison.Ordinal);
        Assert.Contains("受付", cardJson, StringComparison.Ordinal);
        Assert.DoesNotContain(resident, cardJson, StringComparison.Ordinal);
        Assert.True(scenario.Servers.Connector.IsIssuedToken(card.Authorization), "the card is sent with the bot's token");
        Assert.Equal(
            [HandoffCards.AnswerTitle, HandoffCards.ForwardTitle, HandoffCards.DeclineTitle],
            card.Card.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        var id = HandoffScenario.RequestId(card);

        var staffReply = await scenario.StaffSubmitAsync(
            new JsonObject { ["handoff"] = "answer", ["id"] = id, ["answer"] = StaffAnswer, ["department"] = Department }, "card-1");
        Assert.Contains("住民のLINEに送りました", HandoffScenario.TextOf(staffReply), StringComparison.Ordinal);
        Assert.Contains(HandoffCards.KnowledgeTitle, HandoffScenario.TextOf(staffReply), StringComparison.Ordinal);

        var push = Assert.Single(scenario.PushesTo(resident));
        Assert.True(push.Succeeded);
        Assert.Empty(push.ContractErrors);
        Assert.True(Guid.TryParse(push.RetryKey, out _), "a push carries X-Line-Retry-Key");
        var answer = LineReply.Of(push);
        Assert.StartsWith($"{Department}からの回答です。", answer.Text, StringComparison.Ordinal);
        Assert.Contains(StaffAnswer, answer.Text, StringComparison.Ordinal);
        Assert.Equal(["👍 役に立った", "👎 役に立たなかった"], answer.QuickReplies);

        // The 👍 under the pushed answer is taken as feedback on it.
        Assert.Equal(Dialogs.Topics.Feedback.FeedbackStrings.ThanksHelpful, (await scenario.SayAsync(resident, "👍 役に立った")).Text);

        await metrics.WaitForAsync(m => m.Instrument == "dxbot.handoff.requests" && m["city"] == "handa" && m.Value == 1, "the request counted");
        var timeToAnswer = await metrics.WaitForAsync(m => m.Instrument == "dxbot.handoff.time_to_answer", "the time to answer");
        Assert.Equal("answered", timeToAnswer["outcome"]);
        Assert.True(timeToAnswer.Value >= 0);

        // Pressing 「回答する」 again must not push a second time.
        var again = await scenario.StaffSubmitAsync(new JsonObject { ["handoff"] = "answer", ["id"] = id, ["answer"] = "二度目" }, "card-1");
        Assert.Equal(HandoffStaffStrings.AlreadyHandled(HandoffStates.Answered), again.Text);
        Assert.Single(scenario.PushesTo(resident));

        var added = await scenario.StaffSubmitAsync(new JsonObject { ["handoff"] = "knowledge", ["id"] = id }, "card-2");
        Assert.Contains("ナレッジに追加し、再索引しました", added.Text, StringComparison.Ordinal);
        var entry = Assert.Single(Directory.GetFiles(Path.Combine(scenario.KnowledgeFolder, "cities", "handa"), "handoff-*.md"));
        var markdown = await System.IO.File.ReadAllTextAsync(entry);
        Assert.Contains($"## {Question}\n{StaffAnswer}\n", markdown, StringComparison.Ordinal);
        Assert.Contains($"document: {HandoffKnowledgeWriter.Document}", markdown, StringComparison.Ordinal);
        Assert.Matches(@"出典: \d{4}-\d{2}-\d{2} 総務部 財産管理課", markdown);

        // The next resident asking the same thing is answered by the bot, citing the staff answer.
        var next = await scenario.SayAsync(NewUserId(), Question);
        Assert.Contains(StaffAnswer, next.Text, StringComparison.Ordinal);
        Assert.Contains($"{HandoffKnowledgeWriter.Document} ", next.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(HandoffStrings.Ask, next.QuickReplies);

        var admin = await scenario.AdminAsync("/admin/handoffs");
        var request = Assert.Single(admin.GetProperty("requests").EnumerateArray());
        Assert.Equal("answered", request.GetProperty("state").GetString());
        Assert.Equal(Department, request.GetProperty("department").GetString());
        Assert.Equal(1, admin.GetProperty("pushesThisMonth").GetProperty("handa").GetInt64());
        Assert.DoesNotContain(resident, admin.ToString(), StringComparison.Ordinal);
        Assert.Null(await scenario.Host.Services.GetRequiredService<HandoffStore>().UserRefAsync(id, CancellationToken.None));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Handoff_without_consent_sends_and_stores_nothing(string provider)
    {
        await using var scenario = await HandoffScenario.StartAsync(provider, postgres);
        var resident = NewUserId();
        await scenario.SayAsync(resident, Question);
        await scenario.SayAsync(resident, HandoffStrings.Ask);

        var refused = await scenario.SayAsync(resident, HandoffStrings.Refuse);
        Assert.Equal(HandoffStrings.NotSent, refused.Text);

        // Another resident changes the subject at the consent: that message is answered, and nothing is sent either.
        var other = NewUserId();
        await scenario.SayAsync(other, Question);
        await scenario.SayAsync(other, HandoffStrings.Ask);
        var changed = await scenario.SayAsync(other, "マイナンバーカードをなくしました");
        Assert.Contains("なくしたとき", changed.Text, StringComparison.Ordinal);

        var admin = await scenario.AdminAsync("/admin/handoffs");
        Assert.Empty(admin.GetProperty("requests").EnumerateArray());
        Assert.DoesNotContain(scenario.Servers.Connector.Posted, p => p.ConversationId == HandoffScenario.StaffConversation);
        Assert.DoesNotContain(scenario.LineApi.Calls, c => c.Path == FakeLineApi.PushPath);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Handoff_declined_by_staff_tells_the_resident_politely(string provider)
    {
        await using var scenario = await HandoffScenario.StartAsync(provider, postgres);
        var resident = NewUserId();
        await scenario.SayAsync(resident, Question);
        await scenario.SayAsync(resident, HandoffStrings.Ask);
        await scenario.SayAsync(resident, HandoffStrings.Agree);
        var id = HandoffScenario.RequestId(await scenario.WaitForCardAsync(Question));

        // Staff of another city (another tenant) cannot act on handa's request.
        var foreign = TeamsForeignSubmit(id);
        var refused = await scenario.StaffSubmitAsync(foreign, "card-0", tenant: TeamsPayloads.OtherTenant);
        Assert.Equal(HandoffStaffStrings.Unknown, refused.Text);
        Assert.Empty(scenario.PushesTo(resident));

        var reply = await scenario.StaffSubmitAsync(new JsonObject { ["handoff"] = "decline", ["id"] = id }, "card-1");
        Assert.Equal(HandoffStaffStrings.Declined, reply.Text);

        var push = Assert.Single(scenario.PushesTo(resident));
        Assert.Empty(push.ContractErrors);
        var told = LineReply.Of(push).Text;
        Assert.Contains($"「{Question}」", told, StringComparison.Ordinal);
        Assert.Contains("お問い合わせください", told, StringComparison.Ordinal);
        Assert.EndsWith("。", told, StringComparison.Ordinal);

        var admin = await scenario.AdminAsync("/admin/handoffs?state=declined");
        Assert.Equal(id, Assert.Single(admin.GetProperty("requests").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Handoff_waiting_too_long_is_recalled_to_staff_then_expires_and_the_resident_is_told(string provider)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var scenario = await HandoffScenario.StartAsync(provider, postgres, services => services.AddSingleton<TimeProvider>(clock), new Dictionary<string, string?>
        {
            ["Handoff:RemindAfterHours"] = "24",
            ["Handoff:ExpireAfterHours"] = "72",
            ["Handoff:CheckInterval"] = "00:10:00",
        });
        var resident = NewUserId();
        var handoff = scenario.Host.Services.GetRequiredService<IHandoffService>();
        var id = await handoff.SubmitAsync(new HandoffSubmission(HandoffScenario.City, "line", resident, Question), CancellationToken.None);
        await scenario.WaitForCardAsync(Question);

        clock.Advance(TimeSpan.FromHours(25));
        var reminder = await scenario.WaitForStaffPostAsync(p => p.Text?.StartsWith("【回答待ち】", StringComparison.Ordinal) == true, "the reminder");
        Assert.Contains(Question, reminder.Text, StringComparison.Ordinal);
        Assert.Empty(scenario.PushesTo(resident));

        clock.Advance(TimeSpan.FromHours(48));
        var calls = await scenario.LineApi.WaitForAsync(c => c.Any(x => x.Path == FakeLineApi.PushPath && x.To == resident), "the expiry push", TimeSpan.FromSeconds(90));
        var push = calls.Single(x => x.Path == FakeLineApi.PushPath && x.To == resident);
        Assert.Empty(push.ContractErrors);
        Assert.Contains("期限内に回答をお届けできませんでした", LineReply.Of(push).Text, StringComparison.Ordinal);

        var store = scenario.Host.Services.GetRequiredService<HandoffStore>();
        Assert.Equal(HandoffStates.Expired, (await store.GetAsync(id, CancellationToken.None))!.State);
        Assert.Null(await store.UserRefAsync(id, CancellationToken.None));
        var late = await scenario.StaffSubmitAsync(new JsonObject { ["handoff"] = "answer", ["id"] = id, ["answer"] = StaffAnswer }, "card-1");
        Assert.Equal(HandoffStaffStrings.AlreadyHandled(HandoffStates.Expired), late.Text);
        Assert.Single(scenario.PushesTo(resident));

        // Past the retention period the request itself is deleted.
        clock.Advance(TimeSpan.FromDays(30));
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (await store.GetAsync(id, CancellationToken.None) is not null)
        {
            Assert.True(DateTime.UtcNow < deadline, "the request was not deleted after the retention period");
            await Task.Delay(100);
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Handoff_staff_channel_is_the_one_the_bot_was_added_to_when_none_is_configured(string provider)
    {
        await using var scenario = await HandoffScenario.StartAsync(provider, postgres, configureChannel: false);
        var resident = NewUserId();

        // No staff channel yet: nobody could answer, so the offer is not made.
        var before = await scenario.SayAsync(resident, Question);
        Assert.DoesNotContain(HandoffStrings.Ask, before.QuickReplies);

        await scenario.AddBotToTeamAsync("19:handa-team-general@thread.tacv2;messageid=1700000000001");
        var after = await scenario.SayAsync(resident, Question);
        Assert.Contains(HandoffStrings.Ask, after.QuickReplies);
        await scenario.SayAsync(resident, HandoffStrings.Ask);
        await scenario.SayAsync(resident, HandoffStrings.Agree);

        // A new thread in the channel itself (its id without ";messageid=").
        var card = await scenario.WaitForStaffPostAsync(p => HandoffScenario.HasCard(p) && p.Card.ToString().Contains(Question, StringComparison.Ordinal), "the card");
        Assert.Equal("19:handa-team-general@thread.tacv2", card.ConversationId);
        Assert.Null(card.ReplyToId);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Handoff_masks_a_12_digit_number_and_encrypts_the_residents_id(string provider)
    {
        await using var scenario = await HandoffScenario.StartAsync(provider, postgres);
        var resident = NewUserId();
        var number = ValidMyNumber();
        var handoff = scenario.Host.Services.GetRequiredService<IHandoffService>();

        var id = await handoff.SubmitAsync(new HandoffSubmission(HandoffScenario.City, "line", resident, $"番号{number}の手続きはどうなりますか"), CancellationToken.None);

        var card = await scenario.WaitForCardAsync($"番号{HandoffDialog.MaskedNumber}の手続き");
        Assert.DoesNotContain(number, card.Activity.ToString(), StringComparison.Ordinal);
        var store = scenario.Host.Services.GetRequiredService<HandoffStore>();
        Assert.Equal($"番号{HandoffDialog.MaskedNumber}の手続きはどうなりますか", (await store.GetAsync(id, CancellationToken.None))!.Question);
        var stored = await store.UserRefAsync(id, CancellationToken.None);
        Assert.False(string.IsNullOrEmpty(stored));
        Assert.DoesNotContain(resident, stored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Handoff_started_without_a_question_asks_for_it_first(string provider)
    {
        await using var scenario = await HandoffScenario.StartAsync(provider, postgres);
        var resident = NewUserId();

        var ask = await scenario.SayAsync(resident, HandoffStrings.Ask);
        Assert.Equal(HandoffStrings.AskQuestion, ask.Text);
        var consent = await scenario.SayAsync(resident, "粗大ごみの出し方を教えてください");
        Assert.Equal(HandoffStrings.Consent("半田市", "粗大ごみの出し方を教えてください", 30), consent.Text);
        Assert.Equal(HandoffStrings.Sent, (await scenario.SayAsync(resident, HandoffStrings.Agree)).Text);

        await scenario.WaitForCardAsync("粗大ごみの出し方を教えてください");
    }

    private static string ValidMyNumber()
    {
        var digits = new[] { 4, 8, 1, 5, 2, 9, 3, 6, 7, 1, 2, 0 };
        for (var last = 0; last <= 9; last++)
        {
            digits[11] = last;
            if (DxBot.Protocol.Privacy.MyNumberDetector.HasValidCheckDigit(digits))
            {
                break;
            }
        }

        return string.Concat(digits);
    }

    private static JsonObject TeamsForeignSubmit(string id) => new() { ["handoff"] = "answer", ["id"] = id, ["answer"] = "他市の職員の回答" };
}
