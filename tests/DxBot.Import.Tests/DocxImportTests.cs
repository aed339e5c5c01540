using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>Issue #13: a plan written in Word (made here with the Open XML SDK) read into cited, clean sections.</summary>
public sealed class DocxImportTests
{
    [Fact]
    public void Heading_styles_make_the_sections_and_their_path_and_the_text_round_trips()
    {
        using var folder = new TempFolder();
        var path = folder.File("handa-plan.docx");
        DocxPlanBuilder.Write(path);

        var (title, sections) = DocumentImporter.ReadSections(path);

        Assert.Equal(SeedText.Title, title);
        Assert.Equal(
        [
            "第一章 計画策定にあたって ＞ 1 計画策定の背景",
            "第一章 計画策定にあたって ＞ 3 計画期間",
            "第二章 計画の内容 ＞ 2 デジタル格差の解消",
        ], sections.Select(s => s.Source));
        Assert.Equal(SeedText.Background1 + "\n" + SeedText.Background2, sections[0].Body);
        Assert.Equal(SeedText.Period1 + "\n期間 ／ 令和4年度〜令和7年度\n見直し ／ 必要に応じて", sections[1].Body);
        Assert.Equal(SeedText.Divide, sections[2].Body);
    }

    [Fact]
    public void Page_header_table_of_contents_and_captions_are_left_out()
    {
        using var folder = new TempFolder();
        var path = folder.File("handa-plan.docx");
        DocxPlanBuilder.Write(path);

        var (_, sections) = DocumentImporter.ReadSections(path);

        var all = string.Join("\n", sections.Select(s => s.Title + "\n" + s.Body));
        Assert.DoesNotContain(DocxPlanBuilder.Header, all, StringComparison.Ordinal);
        Assert.DoesNotContain("\t2", all, StringComparison.Ordinal);
        Assert.DoesNotContain("図 1", all, StringComparison.Ordinal);
        Assert.Equal(3, sections.Count);
    }

    [Fact]
    public void A_docx_that_is_no_zip_package_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var path = folder.File("broken.docx");
        File.WriteAllText(path, "PK this is not a Word document");

        var error = Assert.Throws<DocumentImportException>(() => DocumentImporter.ReadSections(path));

        Assert.Contains("Word ファイル（.docx）が壊れている", error.Message, StringComparison.Ordinal);
    }
}
