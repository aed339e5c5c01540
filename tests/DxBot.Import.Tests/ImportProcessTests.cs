using System.Diagnostics;
using DxBot.Import.Tests.Support;
using DxBot.Tests.Shared;

namespace DxBot.Import.Tests;

/// <summary>Issue #13: `dxbot import` as staff run it, the built program in its own process.</summary>
public sealed class ImportProcessTests
{
    [Fact]
    public async Task Dxbot_import_writes_the_draft_and_exits_0_and_a_missing_city_option_exits_nonzero()
    {
        using var knowledge = new CityProfilesOnly();
        var pdf = knowledge.Document("handa-plan.pdf", SamplePlans.Pdf());

        var (exit, output) = await RunAsync("import", pdf, "--city", "handa", "--knowledge", knowledge.Path);
        var (noCityExit, _) = await RunAsync("import", pdf, "--knowledge", knowledge.Path);

        Assert.Equal(0, exit);
        Assert.Contains($"Imported 5 sections of 「{SeedText.Title}」", output, StringComparison.Ordinal);
        Assert.Contains("## 3 計画期間  (出典: 第一章 計画策定にあたって ＞ 3 計画期間（2ページ）", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(knowledge.CityFolder("handa"), "imported-handa-plan.md")));
        Assert.NotEqual(0, noCityExit);
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] args) =>
        DxBotCommand.RunAsync(Path.Combine(AppContext.BaseDirectory, "dxbot.dll"), args);
}
