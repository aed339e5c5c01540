using DxBot.Dialogs.Tests.Support;
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
}
