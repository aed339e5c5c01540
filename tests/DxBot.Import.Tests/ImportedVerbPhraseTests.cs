using DxBot.Cli;
using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: the plans name a measure with a verb phrase (行方市's 「書かないワンストップ窓口」, 御前崎市's 「書かせない」
/// 「待たせない」), residents complain in theirs (「何枚も書かされる」). The synonyms fold both onto 書かない, which the search
/// now counts as one unit of the question rather than the verb stem 書, so the plan's passage answers the complaint
/// instead of a national card guide sharing 住所 and 名前.
/// </summary>
public sealed class ImportedVerbPhraseTests
{
    [Theory]
    [InlineData("役所に行くたびに名前や住所を何枚も書かされてしんどいです。行方市は何か変えてくれる予定はありますか？")]
    [InlineData("市役所で書かなくていい窓口って行方市でもやるの？")]
    public async Task A_complaint_about_filling_in_forms_gets_the_plans_form_free_counter(string question)
    {
        var reply = await ImportedLongPassageTests.AskAsync("001_", "namegata", "line", question);

        Assert.Contains("出典: 行方市DX基本方針", reply, StringComparison.Ordinal);
        Assert.Contains("書かないワンストップ窓口", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Being_made_to_write_and_wait_gets_the_plans_aim_of_neither()
    {
        var reply = await ImportedLongPassageTests.AskAsync("002_", "omaezaki", "line", "市役所だと毎回書類をいっぱい書かされるし待たされるし…御前崎市は良くなる予定ある？");

        Assert.Contains("書かせない", reply, StringComparison.Ordinal);
        Assert.Contains("待たせない", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cyrillic_letter_typed_in_a_plans_katakana_word_is_imported_as_the_katakana_it_stands_for()
    {
        // 御前崎市's seed plan writes 「デジタルデバйд対策」 three times (Cyrillic й and д).
        using var knowledge = new CityProfilesOnly();
        Assert.Equal(0, ImportCommand.Run(new FileInfo(SeedPlans.Path("002_")), "omaezaki", null, [knowledge.Path], TextWriter.Null, TextWriter.Null));

        var draft = File.ReadAllText(Directory.GetFiles(knowledge.CityFolder("omaezaki"), "imported-*.md").Single());
        Assert.DoesNotContain("й", draft, StringComparison.Ordinal);
        Assert.Contains("【デジタルデバイド対策】", draft, StringComparison.Ordinal);
        Assert.Contains("(3) デジタルデバイド対策", draft, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("デジタルデバйд対策", "デジタルデバイド対策")]
    [InlineData("サーбス", "サーブス")]
    // Words of their own in those scripts, and letters used as symbols, stay as written.
    [InlineData("Москва（モスクワ）との交流", "Москва（モスクワ）との交流")]
    [InlineData("粒子径 10μm 以下", "粒子径 10μm 以下")]
    [InlineData("ギリシャ語のαβγ順", "ギリシャ語のαβγ順")]
    public void Stray_letters_are_read_only_inside_a_katakana_word(string line, string expected)
    {
        Assert.Equal(expected, LineRules.Normalize(line));
    }
}
