namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans: 「何回も行かないとだめ？」 ("again and again") asks no number. Read as one, the row of
/// 対馬市's measures stating years (「令和5年度末に基幹系業務システムの更新時期を迎える…」) led, above the row's cell on
/// 引越しワンストップサービス that answers.
/// </summary>
public sealed class ImportedAgainAndAgainTests
{
    [Fact]
    public async Task Nankai_mo_asks_no_figure()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("tsushima", "来年本土に引っ越す予定です。引越しの手続きって役所とか電気とか何回も行かないとだめ？まとめてできる仕組みってできるんですか");

        var lines = reply.Split('\n');
        Assert.Equal("【6. DX 取組事項】", lines[0]);
        // The row's cell is read with the row's opening naming what the row is about (the card's promotion).
        Assert.StartsWith("・2 ／ マイナンバーカードの普及促進", lines[1], StringComparison.Ordinal);
        Assert.Contains("引越しワンストップサービス導入", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("基幹系業務システムの更新時期", reply, StringComparison.Ordinal);
    }
}
