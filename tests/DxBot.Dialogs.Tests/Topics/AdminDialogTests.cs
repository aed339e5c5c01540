using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.Feedback;
using Microsoft.Extensions.Logging.Abstractions;
using DxBot.Dialogs.Topics.Admin;

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
