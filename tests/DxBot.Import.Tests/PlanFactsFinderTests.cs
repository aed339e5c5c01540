using DxBot.Import.Cities;
using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>Issue #13: what `dxbot city add` finds in each of the five seed plans, against their hand-written city.yaml.</summary>
public sealed class PlanFactsFinderTests
{
    [Theory]
    [InlineData("000_", "対馬市", "対馬市DX推進計画", "長崎県", "令和4年10月", "令和4年度〜令和7年度", "デジタル推進課")]
    [InlineData("001_", "行方市", "行方市DX基本方針", null, "令和6年3月", "令和3年11月〜令和8年3月", "総合戦略室")]
    [InlineData("002_", "御前崎市", "御前崎市デジタル・トランスフォーメーション（DX）推進計画", "静岡県", "2021年（令和3年）12月", "2021年度（令和3年度）〜2025年度（令和7年度）", "総務部財政課デジタル推進室")]
    [InlineData("003_", "半田市", "半田市DX推進計画", "愛知県", "令和4年3月", "令和4年度〜令和7年度", "デジタル課")]
    [InlineData("004_", "五所川原市", "五所川原市デジタル・トランスフォーメーション（DX）推進計画", "青森県", "令和4年10月（令和6年4月改訂）", "2022年（令和4年）10月〜2026年（令和8年）3月", "五所川原市DX推進本部")]
    public void The_seed_plans_title_prefecture_dates_and_first_office_are_found(string seed, string city, string title, string? prefecture, string published, string period, string office)
    {
        var facts = PlanFactsFinder.Find(DocumentImporter.Read(SeedPlans.Path(seed)), city);

        Assert.Equal(title, facts.Title);
        Assert.Equal(prefecture, facts.Prefecture);
        Assert.Equal(published, facts.Published);
        Assert.Equal(period, facts.Period);
        Assert.Equal(office, facts.Contacts[0].Department);
        // An office that is only a body running the plan is never the first contact while the plan names a counter.
        Assert.Equal(office.EndsWith("本部", StringComparison.Ordinal), facts.Contacts[0].Internal);
    }

    [Fact]
    public void The_colophons_phone_mail_and_fax_go_with_its_office()
    {
        var facts = PlanFactsFinder.Find(DocumentImporter.Read(SeedPlans.Path("002_")), "御前崎市");

        var office = facts.Contacts[0];
        Assert.Equal("0537-85-1127", office.Phone);
        Assert.Equal("0537-85-1137", office.Fax);
        Assert.Equal("zaisei@city.omaezaki.shizuoka.jp", office.Email);
    }
}
