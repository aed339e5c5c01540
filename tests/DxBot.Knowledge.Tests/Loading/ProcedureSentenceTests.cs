using DxBot.Knowledge;
using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Tests.Loading;

public sealed class ProcedureSentenceTests
{
    private static readonly Citation Source = new("半田市DX推進計画", "6 No.3");

    [Theory]
    [InlineData(ProcedureStatus.Planned, "令和7年度", "マイナポータル（ぴったりサービス）", "児童手当等の現況届は、令和7年度までにマイナポータル（ぴったりサービス）でオンライン化する計画です。")]
    [InlineData(ProcedureStatus.Planned, "令和7年度まで", null, "児童手当等の現況届は、令和7年度までにオンライン化する計画です。")]
    [InlineData(ProcedureStatus.Planned, null, null, "児童手当等の現況届は、オンライン化する計画です。")]
    [InlineData(ProcedureStatus.Online, null, "市の電子申請システム", "児童手当等の現況届は、市の電子申請システムでオンラインで手続できると計画に記載されています。")]
    [InlineData(ProcedureStatus.Online, null, null, "児童手当等の現況届は、オンラインで手続できると計画に記載されています。")]
    [InlineData(ProcedureStatus.NotOnline, null, null, "児童手当等の現況届は、計画の時点ではオンライン化されていません。")]
    [InlineData(ProcedureStatus.Unknown, null, null, "児童手当等の現況届のオンライン化について、計画には記載がありません。")]
    public void Describe_WritesThePlansStatement(ProcedureStatus status, string? target, string? via, string expected)
    {
        var procedure = new CityProcedure("handa", "child-allowance-status", "児童手当等の現況届", status, Source) { Target = target, Via = via };

        Assert.Equal(expected, ProcedureSentence.Describe(procedure));
    }

    [Theory]
    [InlineData("令和5年度中", "令和5年度中に")]
    [InlineData("2022年度（令和4年度）以降", "2022年度（令和4年度）以降に")]
    [InlineData("2025年度（令和7年度）末", "2025年度（令和7年度）末に")]
    [InlineData("計画期間中（令和7年度まで）", "計画期間中（令和7年度まで）に")]
    [InlineData("2021〜2025年度", "2021〜2025年度にかけて")]
    [InlineData("2022年度（令和4年度）", "2022年度（令和4年度）までに")]
    public void Describe_WordsTheTargetAsThePlanDoes(string target, string deadline)
    {
        var procedure = new CityProcedure("handa", "x", "転出届", ProcedureStatus.Planned, Source) { Target = target, Via = "オンライン" };

        Assert.Equal($"転出届は、{deadline}オンライン化する計画です。", ProcedureSentence.Describe(procedure));
    }

    [Theory]
    [InlineData("水道料金の納付", "eLTAX", "水道料金の納付は、eLTAXでできるようにする計画です。")]
    [InlineData("市役所窓口でのキャッシュレス決済", "市役所窓口", "市役所窓口でのキャッシュレス決済は、市役所窓口でできるようにする計画です。")]
    [InlineData("未支払の児童手当等の請求", "マイナポータル", "未支払の児童手当等の請求は、マイナポータルでオンライン化する計画です。")]
    public void Describe_APaymentIsMadePossibleNotPutOnline(string name, string via, string expected)
    {
        var procedure = new CityProcedure("namegata", null, name, ProcedureStatus.Planned, Source) { Via = via };

        Assert.Equal(expected, ProcedureSentence.Describe(procedure));
    }

    [Fact]
    public void Describe_GivesWhatThePlanSaysWhenItGivesNoStatus()
    {
        var procedure = new CityProcedure("omaezaki", null, "市LINE公式アカウントからの電子申請", ProcedureStatus.Unknown, Source)
        {
            Note = "入り口として活用することを検討しています。",
        };

        Assert.Equal("市LINE公式アカウントからの電子申請については、入り口として活用することを検討しています。", ProcedureSentence.Describe(procedure));
    }

    [Fact]
    public void Describe_AppendsTheNote()
    {
        var procedure = new CityProcedure("handa", null, "住民票の写しの請求", ProcedureStatus.NotOnline, Source)
        {
            Note = "手数料の電子決済ができないためです。",
        };

        Assert.Equal("住民票の写しの請求は、計画の時点ではオンライン化されていません。手数料の電子決済ができないためです。", ProcedureSentence.Describe(procedure));
    }

    [Fact]
    public void Describe_NeverCallsAPlannedProcedureAvailable()
    {
        var procedure = new CityProcedure("handa", "x", "転出届", ProcedureStatus.Planned, Source) { Target = "令和6年度", Via = "マイナポータル" };

        var sentence = ProcedureSentence.Describe(procedure);

        Assert.EndsWith("計画です。", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("できます", sentence, StringComparison.Ordinal);
    }
}
