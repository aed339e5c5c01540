using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: a plan's numbered list (「次の4つの基本方針を掲げ…」 then 「1 デジタル化による市民サービスの向上」 to 「4 …」,
/// one numbered line each) reads like numbered headings; with nothing under them they vanished from the import, and
/// 「4つの基本方針は？」 had no passage naming all four.
/// </summary>
public sealed class HeadingListImportTests
{
    [Fact]
    public void Numbered_lines_with_nothing_under_them_stay_the_list_of_the_paragraph_before()
    {
        using var knowledge = new CityProfilesOnly();
        Assert.Equal(0, ImportCommand.Run(new FileInfo(SeedPlans.Path("002_")), "omaezaki", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));
        var draft = File.ReadAllText(Directory.GetFiles(knowledge.CityFolder("omaezaki"), "imported-*.md").Single(), Encoding.UTF8);

        var section = draft[draft.IndexOf("## 3-1 基本方針", StringComparison.Ordinal)..draft.IndexOf("## 3-2 基本方針及び施策の全体像", StringComparison.Ordinal)];
        Assert.Contains("次の4つの基本方針を掲げ", section, StringComparison.Ordinal);
        Assert.Contains("・1デジタル化による市民サービスの向上", section, StringComparison.Ordinal);
        Assert.Contains("・4デジタル化で地域社会をより活性化", section, StringComparison.Ordinal);
        // The same titles heading the sections of 3-3 further on are still headings.
        Assert.Contains("## 1 デジタル化による市民サービスの向上", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_four_policies_are_answered_from_one_passage()
    {
        var reply = await ImportedLongPassageTests.AskAsync("002_", "omaezaki", "teams", "御前崎市DX推進計画の4つの基本方針は？");

        Assert.Contains("市民サービスの向上", reply, StringComparison.Ordinal);
        Assert.Contains("市役所業務の効率化", reply, StringComparison.Ordinal);
        Assert.Contains("セキュリティ対策への対応", reply, StringComparison.Ordinal);
        Assert.Contains("地域社会をより活性化", reply, StringComparison.Ordinal);
    }
}
