using DxBot.Tests.Support;

namespace DxBot.Tests;

/// <summary>Staff's ways of asking in Teams, through the whole bot on the bundled knowledge and the real index.</summary>
public sealed class StaffQuestionAnswerTests(BundledBotFixture services) : IClassFixture<BundledBotFixture>
{
    private readonly BundledBotFixture _services = services;

    [Fact]
    public async Task A_quoted_section_name_is_answered_by_that_section_not_the_overview_listing_it()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima", "msteams"),
            "行動指針②「市民が豊かな暮らしを実感できるDXの推進」の主な取組は？");

        // The overview of the three action guidelines names this one too, and ranked first.
        Assert.Contains("行動指針②", answer.Split('\n')[0]);
        Assert.Contains("オープンデータ", answer);
    }

    [Theory]
    [InlineData("DX計画って何年まで？")]
    [InlineData("はんだしの DXけいかくって何年までのやつ？")]
    public async Task How_long_the_plan_runs_asked_with_tte_nan_is_the_period_not_a_definition(string question)
    {
        // 「って何」 made it a definition question, answered with 【DXとは】.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), question);

        Assert.Contains("令和7年度", answer.Split('\n')[0]);
    }

    [Theory]
    [InlineData("半田市DX推進計画のKPIは何がありますか", "評価指標の一覧")]
    [InlineData("KPIは何がありますか", "評価指標の一覧")]
    public async Task A_list_of_kpis_is_the_plans_indicator_list_even_when_its_title_does_not_say_kpi(string question, string title)
    {
        // Entries merely naming 「DX推進計画」 outranked the list, which says KPI only in its keywords.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa", "msteams"), question);

        Assert.StartsWith($"【{title}", answer);
    }
}
