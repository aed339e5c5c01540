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
}
