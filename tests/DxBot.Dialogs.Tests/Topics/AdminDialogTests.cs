using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.Feedback;
using Microsoft.Extensions.Logging.Abstractions;
using DxBot.Dialogs.Topics.Admin;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Topics;

public sealed class AdminDialogTests
{
    [Fact]
    public async Task Refuses_staff_commands_to_non_administrators()
    {
        var bot = new BotHarness(isAdmin: false);

        Assert.Equal(AdminStrings.NotAllowed, await bot.AskAsync("reindex"));
        Assert.Equal(0, bot.Reindexer.Calls);
    }

    [Fact]
    public async Task Reindexes_and_reports_counts_and_errors_to_administrators()
    {
        var bot = new BotHarness(isAdmin: true);

        var reply = await bot.AskAsync("reindex");

        Assert.Equal(1, bot.Reindexer.Calls);
        Assert.Contains("世代 7", reply);
        Assert.Contains("項目 120件", reply);
        Assert.Contains("cities/handa/plan.md:12: 出典がありません", reply);
    }

    [Fact]
    public async Task A_refused_reindex_says_the_old_index_keeps_answering_and_lists_the_errors()
    {
        var bot = new BotHarness(isAdmin: true);
        bot.Reindexer.Outcome = new ReindexOutcome(ReindexStatus.Refused, 6, 100, 5, 40, [new KnowledgeError("cities/handa/support.yaml", 3, "YAML として読めません")], TimeSpan.FromMilliseconds(90))
        {
            Failure = "The knowledge has 1 errors; fix them and reindex.",
        };

        var reply = await bot.AskAsync("reindex");

        Assert.Contains("再索引を行いませんでした", reply);
        Assert.Contains("世代 6", reply);
        Assert.Contains("cities/handa/support.yaml:3: YAML として読めません", reply);
        Assert.DoesNotContain("読み飛ばしました", reply);
    }

    [Fact]
    public async Task A_reindex_already_running_is_reported_as_such()
    {
        var bot = new BotHarness(isAdmin: true);
        bot.Reindexer.Outcome = new ReindexOutcome(ReindexStatus.Busy, 6, 0, 0, 0, [], TimeSpan.Zero);

        Assert.Equal("別の再索引を実行中です。終わってから、もう一度お試しください。", await bot.AskAsync("reindex"));
    }

    [Fact]
    public async Task Lists_unanswered_questions_to_administrators()
    {
        var bot = new BotHarness(boundCity: "handa", isAdmin: true);
        await bot.AskAsync("おすすめのラーメン屋を教えて");

        var reply = await bot.AskAsync("unanswered");

        Assert.Contains("おすすめのラーメン屋を教えて", reply);
        Assert.Contains("[handa/test]", reply);
    }

    [Fact]
    public async Task Lists_unanswered_questions_from_the_file_log_newest_first_without_feedback()
    {
        using var folder = new TemporaryFolder();
        var log = new FileQuestionLog(folder.Path, 90, TimeProvider.System, NullLogger<FileQuestionLog>.Instance);
        var bot = new BotHarness(boundCity: "handa", isAdmin: true, questions: log);
        await bot.AskAsync("おすすめのラーメン屋を教えて");
        await bot.AskAsync("半田市のマイナンバーカードの交付率は？");
        await bot.AskAsync(FeedbackStrings.NotHelpful);
        await bot.AskAsync("明日の天気は？");

        var reply = await bot.AskAsync("unanswered");

        Assert.True(reply.IndexOf("明日の天気は？", StringComparison.Ordinal) < reply.IndexOf("おすすめのラーメン屋を教えて", StringComparison.Ordinal), reply);
        Assert.DoesNotContain("交付率", reply);
        Assert.Equal(3, (await bot.RecordedAsync()).Count);
    }
}
