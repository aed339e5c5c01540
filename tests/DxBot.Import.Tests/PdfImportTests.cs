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
        var broken = folder.Write("broken.pdf", [.. "%PDF-1.7\n"u8.ToArray(), .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 37 % 251))]);

        var error = Assert.Throws<DocumentImportException>(() => DocumentImporter.ReadSections(broken));

        Assert.Contains("PDF ファイルが壊れている", error.Message, StringComparison.Ordinal);
        Assert.NotEmpty(valid);
    }

    [Fact]
    public void A_password_protected_pdf_is_a_clear_error()
    {
        using var folder = new TempFolder();
        var pdf = folder.Write("protected.pdf", EncryptedPdf());

        var error = Assert.Throws<DocumentImportException>(() => DocumentImporter.ReadSections(pdf));

        Assert.Contains("暗号化（パスワード保護）されている", error.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// A one-page PDF under the standard security handler whose user password is not empty: the /U entry does not match
    /// the empty password, as when a city protects its file before publishing it.
    /// </summary>
    private static byte[] EncryptedPdf()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -4 /O <" + new string('A', 64) + "> /U <" + new string('B', 64) + "> >>",
        };
        var text = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(text.Length);
            text.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = text.Length;
        text.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            text.Append($"{offset:D10} 00000 n \n");
        }

        text.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{new string('C', 32)}> <{new string('C', 32)}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(text.ToString());
    }
}
