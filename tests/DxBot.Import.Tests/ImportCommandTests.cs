using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Knowledge.Loading;

namespace DxBot.Import.Tests;

/// <summary>Issue #13: `dxbot import` writes a draft the knowledge loader reads, replaces it on re-import, and writes nothing for a bad file.</summary>
public sealed class ImportCommandTests
{
    [Fact]
    public void The_draft_is_a_knowledge_file_whose_entries_cite_the_document_and_its_sections()
    {
        using var knowledge = new CityProfilesOnly();
        var docx = Path.Combine(Path.GetDirectoryName(knowledge.Path)!, "計画 2022.docx");
        DocxPlanBuilder.Write(docx);
        var output = new StringWriter();

        var exit = ImportCommand.Run(new FileInfo(docx), "handa", null, [knowledge.Path], output, TextWriter.Null);

        Assert.Equal(0, exit);
        var draft = Path.Combine(knowledge.CityFolder("handa"), "imported-計画-2022.md");
        Assert.Contains($"Imported 3 sections of 「{SeedText.Title}」 into {draft}", output.ToString(), StringComparison.Ordinal);
        var loaded = new KnowledgeLoader().Load([knowledge.Path]);
        Assert.Empty(loaded.Errors);
        var entries = loaded.Entries.Where(e => e.File == "cities/handa/imported-計画-2022.md").ToList();
        Assert.Equal(["1 計画策定の背景", "3 計画期間", "2 デジタル格差の解消"], entries.Select(e => e.Title));
        Assert.All(entries, e => Assert.Equal("handa", e.CityId));
        Assert.Equal(SeedText.Title, entries[1].Source.Document);
        Assert.Equal("第一章 計画策定にあたって ＞ 3 計画期間", entries[1].Source.Section);
    }

    [Fact]
    public void Re_importing_a_revised_document_replaces_its_sections()
    {
        using var knowledge = new CityProfilesOnly();
        var path = knowledge.Document("plan.md", System.Text.Encoding.UTF8.GetBytes($"# {SeedText.Title}\n\n## 計画期間\n\n{SeedText.Period1}\n\n## 目的\n\n{SeedText.Purpose}\n"));
        Assert.Equal(0, ImportCommand.Run(new FileInfo(path), "handa", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));
        File.WriteAllText(path, $"# {SeedText.Title}\n\n## 計画期間\n\n{SeedText.Period2}\n");

        Assert.Equal(0, ImportCommand.Run(new FileInfo(path), "handa", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        var entries = new KnowledgeLoader().Load([knowledge.Path]).Entries.Where(e => e.File == "cities/handa/imported-plan.md").ToList();
        Assert.Equal(SeedText.Period2, Assert.Single(entries).Body);
        Assert.Single(Directory.GetFiles(knowledge.CityFolder("handa"), "imported-*"));
    }

    [Fact]
    public void A_broken_pdf_exits_3_with_a_clear_error_and_leaves_an_earlier_import_untouched()
    {
        using var knowledge = new CityProfilesOnly();
        var pdf = knowledge.Document("handa-plan.pdf", SamplePlans.Pdf());
        Assert.Equal(0, ImportCommand.Run(new FileInfo(pdf), "handa", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));
        var draft = Path.Combine(knowledge.CityFolder("handa"), "imported-handa-plan.md");
        var before = File.ReadAllText(draft);
        File.WriteAllBytes(pdf, [.. "%PDF-1.7\n"u8.ToArray(), .. Enumerable.Range(0, 4000).Select(i => (byte)(i * 37 % 251))]);
        var error = new StringWriter();

        var exit = ImportCommand.Run(new FileInfo(pdf), "handa", null, [knowledge.Path], TextWriter.Null, error);

        Assert.Equal(3, exit);
        Assert.Contains("Cannot import handa-plan.pdf: PDF ファイルが壊れているため読み取れません。", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was written.", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(draft));
    }

    [Theory]
    [InlineData("plan.xlsx", "この形式のファイルは取り込めません。")]
    [InlineData("plan.txt", "テキストの文字コードを読み取れません。")]
    public void An_unsupported_or_unreadable_file_exits_3_and_writes_nothing(string name, string message)
    {
        using var knowledge = new CityProfilesOnly();
        // Shift_JIS bytes of 「計画」: not UTF-8, and not a spreadsheet either.
        var path = knowledge.Document(name, [0x8C, 0x76, 0x89, 0xE6, 0x0A]);
        var error = new StringWriter();

        var exit = ImportCommand.Run(new FileInfo(path), "handa", null, [knowledge.Path], TextWriter.Null, error);

        Assert.Equal(3, exit);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(knowledge.CityFolder("handa"), "imported-*"));
    }

    [Fact]
    public void An_unknown_city_exits_2_and_writes_nothing()
    {
        using var knowledge = new CityProfilesOnly();
        var path = knowledge.Document("plan.md", System.Text.Encoding.UTF8.GetBytes($"## 計画期間\n\n{SeedText.Period1}\n"));
        var error = new StringWriter();

        var exit = ImportCommand.Run(new FileInfo(path), "nagoya", null, [knowledge.Path], TextWriter.Null, error);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown city 'nagoya'", error.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(knowledge.CityFolder("nagoya")));
    }

    [Fact]
    public void With_out_the_draft_goes_to_that_folder()
    {
        using var knowledge = new CityProfilesOnly();
        var path = knowledge.Document("plan.html", System.Text.Encoding.UTF8.GetBytes($"<title>{SeedText.Title}</title><h2>計画期間</h2><p>{SeedText.Period1}</p>"));
        var outFolder = Path.Combine(knowledge.Index, "..", "drafts");

        var exit = ImportCommand.Run(new FileInfo(path), "handa", outFolder, [knowledge.Path], TextWriter.Null, TextWriter.Null);

        Assert.Equal(0, exit);
        var text = File.ReadAllText(Path.Combine(outFolder, "imported-plan.md"));
        Assert.Contains($"document: \"{SeedText.Title}\"", text, StringComparison.Ordinal);
        Assert.Contains($"## 計画期間\n{SeedText.Period1}\n出典: 計画期間\n", text, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(knowledge.CityFolder("handa"), "imported-*"));
    }
}
