using System.Text;
using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: a plain-text plan's table cell wrapped past a blank line (対馬市's 「…令和4年度末までにマイナンバーカー」, a
/// blank line, then 「<tab><tab>ドの取得率が長崎県平均を上回ることを目指します。」) continues its row; it had become a table
/// of its own, a row 「・ドの取得率が…」 cut from the measure it states the target of.
/// </summary>
public sealed class TableBlankLineTests
{
    private const string Plan = "対馬市DX推進計画\n\n6. DX 取組事項\n\n本市が具体的に取り組む事項は、次のとおりです。\n\n"
        + "No.\t取組事項\t内容\t効果\n"
        + "2\tマイナンバーカードの普及促進\tすべての住民がカードを保有することを目指します。本市においては、令和4年度末までにマイナンバーカー\t・オンライン申請の推進 ・行政\n"
        + "\n \n"
        + "\t\tドの取得率が長崎県平均を上回ることを目指します。\t機関の作業の効率化を実現\n"
        + "3\t行政手続のオンライン化\t子育て、介護の手続をオンライン化します。\t・利便性の向上\n"
        + "\n"
        + "\t令和4年度\t令和5年度\n";

    [Fact]
    public void A_cell_wrapped_past_a_blank_line_continues_its_row()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plan.txt", Encoding.UTF8.GetBytes(Plan));

        var (_, sections) = DocumentImporter.ReadSections(path);

        var body = sections.Single(s => s.Title == "6. DX 取組事項").Body;
        Assert.Contains("本市においては、令和4年度末までにマイナンバーカードの取得率が長崎県平均を上回ることを目指します。", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\n・ドの取得率", body, StringComparison.Ordinal);
        Assert.Contains("\n・3 ／ 行政手続のオンライン化 ／ 子育て、介護の手続をオンライン化します。 ／ ・利便性の向上", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_line_after_a_finished_cell_still_ends_the_table()
    {
        // The row above holds a short label and a finished sentence: a header of years after a blank line is another
        // table, not their continuation.
        using var folder = new TempFolder();
        var path = folder.Write("plan.txt", Encoding.UTF8.GetBytes(Plan));

        var (_, sections) = DocumentImporter.ReadSections(path);

        var body = sections.Single(s => s.Title == "6. DX 取組事項").Body;
        Assert.DoesNotContain("オンライン化令和4年度", body, StringComparison.Ordinal);
        Assert.DoesNotContain("します。令和5年度", body, StringComparison.Ordinal);
    }
}
