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

    [Fact]
    public void A_long_bracketed_title_and_a_bracketed_number_with_spaced_digits_are_headings()
    {
        // 行方市's plan: 「(8) …」 runs to 46 characters, and 「(1 1)」 is (11) as its PDF spaced the digits; as body text
        // each measure ran into the one before it (オープンデータ under (10) BPR).
        const string plan = """
            行方市DX基本方針

            6_取組事項

            (7) デジタル人材の確保・育成

            職員の育成に取り組みます。

            (8) デジタル田園都市国家構想の実現に向けたデジタル実装の取組の推進・地域社会のデジタル化

            地域社会のデジタル化を進めます。

            (1 1) オープンデータの推進

            オープンデータを公開します。

            (3) 体制は、次のとおり、デジタル推進課を中心に各課が協力して取り組むものとする

            この行は見出しではありません。
            """;
        using var folder = new TempFolder();
        var path = folder.Write("plan.txt", Encoding.UTF8.GetBytes(plan));

        var (_, sections) = DocumentImporter.ReadSections(path);

        Assert.Equal(
        [
            "6_取組事項 ＞ (7) デジタル人材の確保・育成",
            "6_取組事項 ＞ (8) デジタル田園都市国家構想の実現に向けたデジタル実装の取組の推進・地域社会のデジタル化",
            "6_取組事項 ＞ (11) オープンデータの推進",
        ], sections.Select(s => s.Source));
        // A long bracketed line with a comma is a sentence of the section, not its title.
        Assert.Contains("体制は、次のとおり", sections[^1].Body, StringComparison.Ordinal);
    }
}
