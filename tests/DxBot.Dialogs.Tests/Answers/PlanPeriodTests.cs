using DxBot.Dialogs.Answers;

namespace DxBot.Dialogs.Tests.Answers;

public sealed class PlanPeriodTests
{
    [Theory]
    [InlineData("令和4年度〜令和7年度", 2026, 3, 31)]
    [InlineData("令和3年11月〜令和8年3月", 2026, 3, 31)]
    [InlineData("2021年度（令和3年度）〜2025年度（令和7年度）", 2026, 3, 31)]
    [InlineData("令和4年10月〜令和8年2月（2022年10月〜2026年2月）", 2026, 2, 28)]
    public void The_end_is_the_last_fiscal_year_or_month_named(string period, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), PlanPeriod.EndOf(period));
    }

    [Fact]
    public void A_period_naming_no_year_has_no_end()
    {
        Assert.Null(PlanPeriod.EndOf("計画期間は定めていません"));
    }

    [Theory]
    [InlineData("DX方針って令和10年までの計画ですよね?", false)]
    [InlineData("この計画は令和7年度までですよね?", true)]
    [InlineData("この計画は令和8年までですか?", true)]
    // Said of a plan ending with fiscal 令和7年度 in March: 令和7年 is that year, as residents say it.
    [InlineData("計画って令和7年までだっけ?", true)]
    [InlineData("計画は2027年度までの計画でしょうか", false)]
    public void An_end_offered_for_confirmation_is_checked_against_the_periods_end(string question, bool confirmed)
    {
        Assert.Equal(confirmed, PlanPeriod.ConfirmsEnd(question, new DateOnly(2026, 3, 31)));
    }

    [Theory]
    // Asked for, not offered; or not about the plan.
    [InlineData("計画は何年までですか?")]
    [InlineData("マイナンバーカードは令和7年度までに作れますか?")]
    public void A_question_offering_no_end_of_the_plan_is_not_a_confirmation(string question)
    {
        Assert.Null(PlanPeriod.ConfirmsEnd(question, new DateOnly(2026, 3, 31)));
    }
}
