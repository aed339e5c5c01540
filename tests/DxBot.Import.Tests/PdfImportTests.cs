using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>Issue #13: a plan's PDF (made here with an embedded Japanese font) read into cited, clean sections.</summary>
public sealed class PdfImportTests
{
    [Fact]
    public void Text_round_trips_into_sections_with_their_heading_path_and_page()
    {
        using var folder = new TempFolder();
        var pdf = folder.Write("handa-plan.pdf", SamplePlans.Pdf());

        var (title, sections) = DocumentImporter.ReadSections(pdf);

        Assert.Equal(SeedText.Title, title);
        Assert.Equal(
        [
            "第一章 計画策定にあたって ＞ 1 計画策定の背景（2ページ）",
            "第一章 計画策定にあたって ＞ 2 計画策定の目的（2ページ）",
            "第一章 計画策定にあたって ＞ 3 計画期間（2ページ）",
            "第二章 計画の内容 ＞ 1 行政手続のオンライン化（3ページ）",
            "第二章 計画の内容 ＞ 2 デジタル格差の解消（3ページ）",
        ], sections.Select(s => s.Source));
        // Lines broken by the layout are one sentence again; nothing is lost, nothing garbled.
        Assert.Equal(SeedText.Background1 + SeedText.Background2, sections[0].Body);
        Assert.Equal(SeedText.Purpose, sections[1].Body);
        Assert.Equal(SeedText.Online, sections[3].Body);
        Assert.Equal(SeedText.Divide, sections[4].Body);
    }

    [Fact]
    public void A_sentence_broken_across_pages_is_joined_and_the_next_paragraph_stays_apart()
    {
        using var folder = new TempFolder();
        var pdf = folder.Write("handa-plan.pdf", SamplePlans.Pdf());

        var (_, sections) = DocumentImporter.ReadSections(pdf);

        Assert.Equal(SeedText.Period1 + "\n" + SeedText.Period2, sections.Single(s => s.Title == "3 計画期間").Body);
    }

    [Fact]
    public void Running_header_page_numbers_table_of_contents_and_figure_captions_are_removed()
    {
        using var folder = new TempFolder();
        var pdf = folder.Write("handa-plan.pdf", SamplePlans.Pdf());

        var (_, sections) = DocumentImporter.ReadSections(pdf);

        var all = string.Join("\n", sections.Select(s => s.Title + "\n" + s.Body));
        Assert.DoesNotContain("令和4年3月）", all, StringComparison.Ordinal);
        Assert.DoesNotContain("- 2 -", all, StringComparison.Ordinal);
        Assert.DoesNotContain("・・・", all, StringComparison.Ordinal);
        Assert.DoesNotContain("目次", all, StringComparison.Ordinal);
        Assert.DoesNotContain("図 1-1-1", all, StringComparison.Ordinal);
        Assert.DoesNotContain(sections, s => s.Title == SeedText.Title);
    }

    [Fact]
    public void A_broken_pdf_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var valid = SamplePlans.Pdf();
        // The header of a PDF and then garbage: what a failed download or a damaged disk leaves.
        var broken = folder.Write("broken.pdf", BrokenPdfs.Damaged());

        var error = Assert.Throws<DocumentImportException>(() => DocumentImporter.ReadSections(broken));

        Assert.Contains("PDF ファイルが壊れている", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(valid);
    }

    [Fact]
    public void A_password_protected_pdf_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var pdf = folder.Write("protected.pdf", BrokenPdfs.Encrypted());

        var error = Assert.Throws<DocumentImportException>(() => DocumentImporter.ReadSections(pdf));

        Assert.Contains("暗号化（パスワード保護）されている", error.Message, StringComparison.Ordinal);
    }
}
