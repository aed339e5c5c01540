using System.Text;
using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: headings as the seed plans number them besides 第一章 / 1 / (1) / (ア) — 「1_方針策定の目的」,
/// 「基本方針1 …」, 「(取組施策1) …」 — each start a section, so one chapter does not become one 40,000-character
/// passage; a table of contents whose page numbers are set off by tabs, and HTML tags left in the text, are no content.
/// </summary>
public sealed class PlanHeadingTests
{
    private const string Plan = """
        五所川原市DX推進計画

        目次

        第3章 実施施策

        基本方針1 便利な行政サービスの実現

        (取組施策 1) 行政手続のオンライン化	11
        (取組施策 2) キャッシュレス決済の導入	12

        1_計画の目的

        市民サービスの向上と業務の効率化を両立させるため、この計画を定めます。

        第3章 実施施策

        基本方針1 便利な行政サービスの実現 (市民の利便性の向上)

        (取組施策1) 行政手続のオンライン化

        よく使われる手続から順にオンラインで申請できるようにします。

        (取組施策2) キャッシュレス決済の導入

        <p>窓口の手数料をキャッシュレスで支払えるようにします。</p>
        """;

    [Fact]
    public void Underscored_labelled_and_bracketed_labelled_numbers_are_headings_and_tabbed_contents_rows_are_dropped()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plan.txt", Encoding.UTF8.GetBytes(Plan));

        var (_, sections) = DocumentImporter.ReadSections(path);

        Assert.Equal(
        [
            "第3章 実施施策 ＞ 1_計画の目的",
            "第3章 実施施策 ＞ 基本方針1 便利な行政サービスの実現 (市民の利便性の向上) ＞ (取組施策1) 行政手続のオンライン化",
            "第3章 実施施策 ＞ 基本方針1 便利な行政サービスの実現 (市民の利便性の向上) ＞ (取組施策2) キャッシュレス決済の導入",
        ], sections.Select(s => s.Source));
        Assert.Equal("窓口の手数料をキャッシュレスで支払えるようにします。", sections[^1].Body);
        Assert.DoesNotContain(sections, s => s.Body.Contains("11", StringComparison.Ordinal));
        // The markup of the page the text was taken from is no text.
        Assert.DoesNotContain(sections, s => s.Body.Contains('<', StringComparison.Ordinal));
    }
}
