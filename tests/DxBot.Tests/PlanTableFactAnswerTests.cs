using DxBot.Tests.Support;

namespace DxBot.Tests;

/// <summary>
/// Facts the plans give in their schedule and goal tables (issue #12's knowledge audit), asked the way residents and
/// staff ask them, through the whole bot on the bundled knowledge: an entry that only said "the following year" or
/// named no target could not answer "when" or "what is the goal".
/// </summary>
public sealed class PlanTableFactAnswerTests(BundledBotFixture services) : IClassFixture<BundledBotFixture>
{
    private readonly BundledBotFixture _services = services;

    [Theory]
    [InlineData("tsushima", "条例や規則の改正はいつ行いますか？", "令和6年度から令和7年度")]
    [InlineData("goshogawara", "二要素認証の強化はいつですか？", "令和5年度から強化")]
    [InlineData("goshogawara", "マイナンバーカードの新しい利活用はいつから検討しますか？", "令和5年度から")]
    [InlineData("omaezaki", "優先する手続きのオンライン化はいつから進めますか？", "優先する手続きを2021年度")]
    [InlineData("omaezaki", "20代や30代はどれくらいスマホを持っていますか？", "9割以上")]
    public async Task A_year_or_figure_from_the_plans_tables_is_in_the_answer(string city, string question, string expected)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.Contains(expected, answer);
    }

    [Theory]
    [InlineData("AI・RPAの目標は？", "【AI・RPAの導入検討（重点項目）】")]
    [InlineData("テレワークの目標は？", "【テレワークの推進（重点項目）】")]
    public async Task A_goal_asked_about_is_answered_by_the_item_with_its_KGI_not_the_glossary(string question, string title)
    {
        // The glossary's definition of the word ranked first: the item's entry named its KGI but not the word 目標.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki", "msteams"), question);

        Assert.StartsWith(title, answer);
        Assert.Contains("実施率100%", answer);
    }
}
