using DxBot.Dialogs.Tests.Support;

namespace DxBot.Dialogs.Tests.Topics;

/// <summary>A plan's target told with today's date in mind.</summary>
public sealed class PassedTargetTests
{
    [Fact]
    public async Task A_target_whose_year_has_passed_is_told_as_that_years_target()
    {
        var late = new BotHarness("handa", knowledge: BundledKnowledge.Base, now: new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(9)));
        var early = new BotHarness("handa", knowledge: BundledKnowledge.Base, now: new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.FromHours(9)));

        var after = await late.AskAsync("半田市のコンビニ交付率の目標は？");
        var before = await early.AskAsync("半田市のコンビニ交付率の目標は？");

        Assert.Contains("43.6%", after);
        Assert.Contains("令和7年度までの目標として計画に書かれたもので、達成状況ではありません", after);
        Assert.Contains("半田市 デジタル課でご確認ください", after);
        Assert.DoesNotContain("達成状況ではありません", before);
    }
}
