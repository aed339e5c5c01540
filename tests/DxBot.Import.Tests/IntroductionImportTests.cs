using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: the text before a plan's first heading is its introduction, titled 「はじめに」. Titled with the plan's own
/// name it matched every question naming the plan by its title alone (「行方市DX基本方針のデジタル三原則は？」 got the
/// introduction, not the passage listing the three principles).
/// </summary>
public sealed class IntroductionImportTests
{
    [Fact]
    public void The_text_before_the_first_heading_is_titled_hajimeni()
    {
        using var knowledge = new CityProfilesOnly();
        Assert.Equal(0, ImportCommand.Run(new FileInfo(SeedPlans.Path("001_")), "namegata", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));
        var draft = File.ReadAllText(Directory.GetFiles(knowledge.CityFolder("namegata"), "imported-*.md").Single(), Encoding.UTF8);

        var first = draft[draft.IndexOf("## ", StringComparison.Ordinal)..];
        Assert.StartsWith("## はじめに\n", first, StringComparison.Ordinal);
        Assert.Contains("出典: はじめに\n", first, StringComparison.Ordinal);
        Assert.DoesNotContain("## 行方市DX基本方針\n", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_naming_the_plan_is_answered_by_the_passage_on_what_it_asks()
    {
        // Every plan imported, as bench/imported/run.sh does.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", "行方市DX基本方針のデジタル三原則を説明して", "teams");

        Assert.Contains("デジタルファースト", reply, StringComparison.Ordinal);
        Assert.Contains("ワンスオンリー", reply, StringComparison.Ordinal);
    }
}
