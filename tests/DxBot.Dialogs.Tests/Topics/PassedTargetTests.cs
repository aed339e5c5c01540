using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Tests.Support;
using DxBot.Knowledge.Model;

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

    [Fact]
    public void A_passed_year_of_a_fact_shown_without_the_target_left_for_more_gets_no_note()
    {
        // The target's sentence is left for 「詳しく」: the year 令和2年 told of a ratio is no target of the plan's.
        var entry = new KnowledgeEntry("handa/pay.md#1", "キャッシュレス決済", "国内のキャッシュレス決済の比率は令和2年に29.7%でした。"
            + string.Concat(Enumerable.Repeat("市は窓口での支払い方法を広げていきます。", 8)) + "令和7年度までに、実施可能な手数料はすべてキャッシュレスに対応することを目標にしています。",
            new Citation("半田市DX推進計画", "第三章")) { CityId = "handa" };
        var context = new AnswerContext(200, new DateOnly(2026, 12, 2), "半田市 デジタル課");

        var answer = AnswerComposer.Compose(entry, ["国内のキャッシュレス決済の比率は令和2年に29.7%でした。"], context);

        Assert.Contains("29.7%", answer.Text);
        Assert.DoesNotContain("令和7年度までに", answer.Text);
        Assert.DoesNotContain("達成状況ではありません", answer.Text);
        Assert.NotNull(answer.ContinueFrom);
    }
}
