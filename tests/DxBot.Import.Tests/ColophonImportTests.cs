using System.Text;
using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: a plan's colophon (who issues and edits it, its phone and mail) is its contact for residents. Imported, it
/// is a section of its own rather than the tail of the plan's last measure, so 「問い合わせ先は？」 finds it.
/// </summary>
public sealed class ColophonImportTests
{
    [Fact]
    public void The_colophon_closing_the_plan_is_a_section_of_its_own()
    {
        using var knowledge = new CityProfilesOnly();
        Assert.Equal(0, ImportCommand.Run(new FileInfo(SeedPlans.Path("002_")), "omaezaki", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));
        var draft = File.ReadAllText(Directory.GetFiles(knowledge.CityFolder("omaezaki"), "imported-*.md").Single(), Encoding.UTF8);

        var colophon = draft[draft.IndexOf("## 発行・連絡先", StringComparison.Ordinal)..];
        Assert.Contains("・TEL 0537-85-1127", colophon, StringComparison.Ordinal);
        Assert.Contains("・Mail zaisei@city.omaezaki.shizuoka.jp", colophon, StringComparison.Ordinal);
        Assert.Contains("キーワード: 問い合わせ先", colophon, StringComparison.Ordinal);
        // The last measure ends with its own list, without the colophon's lines.
        var lastMeasure = draft[..draft.IndexOf("## 発行・連絡先", StringComparison.Ordinal)];
        Assert.DoesNotContain("TEL 0537", lastMeasure, StringComparison.Ordinal);
        Assert.Contains("・(3) デジタルデバインド対策", lastMeasure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("御前崎市のデジタル化の問い合わせ先を教えて", "0537-85-1127")]
    [InlineData("デジタル化のことでメールで問い合わせたいんだけど、アドレスある？", "zaisei@city.omaezaki.shizuoka.jp")]
    public async Task Whom_to_ask_is_answered_from_the_colophon(string question, string expected)
    {
        var reply = await ImportedLongPassageTests.AskAsync("002_", "omaezaki", "line", question);

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        Assert.Contains("出典: 御前崎市デジタル・トランスフォーメーション（DX）推進計画 発行・連絡先", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_ending_without_a_phone_number_keeps_its_last_lines()
    {
        // 行方市's plan ends with its title, date and 行方市DX推進本部: no colophon to take out.
        using var knowledge = new CityProfilesOnly();
        Assert.Equal(0, ImportCommand.Run(new FileInfo(SeedPlans.Path("001_")), "namegata", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));
        var draft = File.ReadAllText(Directory.GetFiles(knowledge.CityFolder("namegata"), "imported-*.md").Single(), Encoding.UTF8);

        Assert.DoesNotContain("## 発行・連絡先", draft, StringComparison.Ordinal);
    }
}
