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
    public void A_passed_year_of_something_told_as_done_gets_no_note()
    {
        // 「令和2年度から…払えるようになりました」 is what was done that year; 「今後…広げていく計画です」 sets no year.
        var entry = new KnowledgeEntry("handa/pay.md#1", "税金をスマホで払う", "半田市では令和2年度から市税のキャッシュレス決済を広げ、スマートフォンから支払えるようになりました。"
            + "今後さらに対象を広げていく計画です。", new Citation("半田市DX推進計画", "第三章")) { CityId = "handa" };
        var context = new AnswerContext(450, new DateOnly(2026, 12, 2), "半田市 デジタル課");

        var answer = AnswerComposer.Compose(entry, [], context);

        Assert.Contains("令和2年度から", answer.Text);
        Assert.DoesNotContain("達成状況ではありません", answer.Text);
    }

    [Theory]
    // The year work starts from is no year a target is set by; nor is the year a figure is compared with.
    [InlineData("2021年度（令和3年度）に導入を検討し、2022年度（令和4年度）以降に推進する計画です。", "2021年度までの目標")]
    [InlineData("運用経費を2026年度（令和8年度）までに2018年度（平成30年度）と比べて3割削減することを目指します。", null)]
    [InlineData("現金納付件数を令和7年度までに令和3年度比で半減させる目標です。", "令和7年度までの目標")]
    [InlineData("令和5年度から電子収納を広げる計画です。", null)]
    public void The_year_noted_is_the_one_a_target_is_set_by(string body, string? noted)
    {
        var entry = new KnowledgeEntry("city/plan.md#1", "取組", body, new Citation("計画", "1")) { CityId = "handa" };
        var context = new AnswerContext(450, new DateOnly(2026, 12, 2), "半田市 デジタル課");

        var answer = AnswerComposer.Compose(entry, [], context);

        if (noted is null)
        {
            Assert.DoesNotContain("達成状況ではありません", answer.Text);
        }
        else
        {
            Assert.Contains($"※これは{noted}", answer.Text);
        }
    }

    [Fact]
    public void A_passed_year_in_a_schedule_without_target_words_is_still_the_targets()
    {
        var entry = new KnowledgeEntry("gos/online.md#1", "行政手続のオンライン化", "200手続をオンライン化することを目標にしています。"
            + "工程表は令和4年度に100手続、令和7年度に200手続です。", new Citation("五所川原市DX推進計画", "取組施策1")) { CityId = "goshogawara" };
        var context = new AnswerContext(450, new DateOnly(2026, 12, 2), "五所川原市の担当窓口");

        var answer = AnswerComposer.Compose(entry, [], context);

        Assert.Contains("令和7年度までの目標として計画に書かれたもので、達成状況ではありません", answer.Text);
    }
}
