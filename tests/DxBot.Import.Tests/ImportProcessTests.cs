using System.Diagnostics;
using DxBot.Import.Tests.Support;
using DxBot.Tests.Shared;

namespace DxBot.Import.Tests;

/// <summary>Issue #13: `dxbot import` as staff run it, the built program in its own process: imported and indexed at once.</summary>
public sealed class ImportProcessTests
{
    [Fact]
    public async Task Dxbot_import_writes_the_draft_puts_it_in_service_at_once_and_the_city_answers_from_it()
    {
        using var knowledge = new CityProfilesOnly();
        var pdf = knowledge.Document("handa-plan.pdf", SamplePlans.Pdf());

        var (exit, output) = await RunAsync("import", pdf, "--city", "handa", "--knowledge", knowledge.Path, "--index", knowledge.Index);
        var (_, answer) = await RunAsync("ask", "--city", "handa", "--knowledge", knowledge.Path, "--index", knowledge.Index, "スマホ教室はどこと連携して開くの？");
        var (noCityExit, _) = await RunAsync("import", pdf, "--knowledge", knowledge.Path, "--index", knowledge.Index);

        Assert.True(exit == 0, output);
        Assert.Contains($"Imported 5 sections of 「{SeedText.Title}」", output, StringComparison.Ordinal);
        Assert.Contains("## 3 計画期間  (出典: 第一章 計画策定にあたって ＞ 3 計画期間（2ページ）", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(knowledge.CityFolder("handa"), "imported-handa-plan.md")));
        Assert.Contains("Indexed generation ", output, StringComparison.Ordinal);
        Assert.Contains("  + ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("then run `dxbot reindex`", output, StringComparison.Ordinal);
        Assert.Contains("携帯電話事業者", answer, StringComparison.Ordinal);
        Assert.Contains($"出典: {SeedText.Title}", answer, StringComparison.Ordinal);
        Assert.NotEqual(0, noCityExit);
    }

    [Fact]
    public async Task With_no_reindex_the_draft_is_only_written_for_review()
    {
        using var knowledge = new CityProfilesOnly();
        var pdf = knowledge.Document("handa-plan.pdf", SamplePlans.Pdf());

        var (exit, output) = await RunAsync("import", pdf, "--city", "handa", "--no-reindex", "--knowledge", knowledge.Path, "--index", knowledge.Index);

        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(knowledge.CityFolder("handa"), "imported-handa-plan.md")));
        Assert.Contains("Review and edit the draft, then run `dxbot reindex` to put it in service.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Indexed generation", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(knowledge.Index) && Directory.EnumerateFileSystemEntries(knowledge.Index).Any());
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) =>
        DxBotCommand.RunAsync(Path.Combine(AppContext.BaseDirectory, "dxbot.dll"), args);
}
