namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans: 対馬市's 「(1) 基本的な考え方」 reports the national plan (「国が策定した「自治体DX推進
/// 計画」においては…」, 「…ほとんどの住民がマイナンバーカードを保有していることを目指し…」) and answered what the city aims
/// for; its own measure states 「本市においては…マイナンバーカードの取得率が長崎県平均を上回ることを目指します。」.
/// </summary>
public sealed class ImportedCityOwnTests
{
    [Theory]
    [InlineData("対馬ってマイナカード、どのくらいの人に持ってもらうつもりなん？目標とかある？")]
    [InlineData("つしまし の まいなんばーかーど の もくひょう は なんですか")]
    public async Task What_the_city_aims_for_is_its_own_measure_not_its_report_of_the_national_plan(string question)
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("tsushima", question);

        Assert.Contains("【6. DX 取組事項】\n", reply, StringComparison.Ordinal);
        Assert.Contains("長崎県平均を上回ることを目指します", reply, StringComparison.Ordinal);
    }
}
