using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.KnowledgeAnswer;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Topics;

public sealed class SupportSessionsDialogTests
{
    [Fact]
    public async Task Lists_the_plans_programs_and_says_where_to_ask_for_dates()
    {
        var bot = new BotHarness("goshogawara");

        var answer = await bot.AskAsync("スマホの相談会はありますか");

        Assert.Contains("スマホ相談会", answer);
        Assert.Contains("スマホ体験会", answer);
        Assert.True(answer.IndexOf("スマホ相談会", StringComparison.Ordinal) < answer.IndexOf("スマホ体験会", StringComparison.Ordinal), "the program asked about comes first");
        Assert.Contains("DX推進本部にお問い合わせ", answer);
        Assert.Contains("出典: 五所川原市DX推進計画 取組施策11", answer);
    }

    [Fact]
    public async Task Asked_when_and_where_with_no_date_known_says_so_first_then_lists_the_programs()
    {
        var bot = new BotHarness("goshogawara");

        var answer = await bot.AskAsync("スマホ相談会って次はいつどこでやってますか？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("五所川原市のスマホ教室・相談会の日時・会場は、計画やこのボットの情報には書かれていません", answer);
        Assert.Contains("スマホ相談会", answer);
        Assert.Contains("出典: 五所川原市DX推進計画 取組施策11", answer);
    }

    [Fact]
    public async Task A_published_date_answers_when_without_the_not_found_opening()
    {
        var sessions = new List<SupportSession> { new("goshogawara", "スマホ相談会", new DateOnly(2026, 12, 5), "市役所 会議室") };
        var bot = new BotHarness("goshogawara", knowledge: TestKnowledge.Create(sessions));

        var answer = await bot.AskAsync("スマホ相談会って次はいつどこでやってますか？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("12月5日 スマホ相談会／市役所 会議室", answer);
    }

    [Fact]
    public async Task A_follow_up_that_points_back_is_read_with_the_question_before_it()
    {
        var bot = new BotHarness("goshogawara");
        // (Who runs it is a slot of its own, answered from the programmes' entries: FollowUpAnswerTests.)
        var alone = await new BotHarness("goshogawara").AskAsync("それってどんなことをするの？");
        await bot.AskAsync("スマホ体験会はありますか");

        var followUp = await bot.AskAsync("それってどんなことをするの？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, alone);
        Assert.Contains("携帯電話事業者と連携", followUp);
    }

    [Fact]
    public async Task Shows_upcoming_sessions_administrators_published_and_hides_past_ones()
    {
        var sessions = new List<SupportSession>
        {
            new("goshogawara", "スマホ相談会", new DateOnly(2026, 12, 5), "市役所 会議室") { Time = "10:00〜12:00" },
            new("goshogawara", "スマホ体験会", new DateOnly(2026, 10, 1), "公民館"),
        };
        var bot = new BotHarness("goshogawara", knowledge: TestKnowledge.Create(sessions));

        var answer = await bot.AskAsync("スマホ教室はいつありますか");

        Assert.Contains("12月5日 10:00〜12:00 スマホ相談会／市役所 会議室", answer);
        Assert.DoesNotContain("公民館", answer);
    }
}
