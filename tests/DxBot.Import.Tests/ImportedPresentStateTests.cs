namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans: how things stand now is asked in many words (今, いま, 現在), and 御前崎市's plan
/// states it in the sentence it labels 【現状と課題】 (「電子申請については、一部の講座申込などの限定的なものとなっており…」).
/// Ranked by the question's words alone, the staff survey's 「行政手続きの電子申請化 (33.6%)」 or a chart of internet use
/// answered instead.
/// </summary>
public sealed class ImportedPresentStateTests
{
    [Theory]
    [InlineData("御前崎市で今、電子申請できるのってどんなもの？")]
    [InlineData("いま市のネット申請ってなにができるだ？ほとんどできんずら？")]
    public async Task The_present_asked_is_answered_by_the_sentence_labelled_as_the_present_state(string question)
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("omaezaki", question);

        Assert.StartsWith("【1 デジタル化による市民サービスの向上】\n【現状と課題】電子申請については、一部の講座申込などの限定的なもの", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_city_will_do_is_still_answered_by_its_measures()
    {
        // No present asked: the measure's row, not the present state, leads.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("omaezaki", "御前崎市は行政手続きのオンライン化をこれからどう進めるの？");

        Assert.DoesNotContain("\n【現状と課題】", reply.Split('\n').Take(2).Aggregate((a, b) => a + "\n" + b), StringComparison.Ordinal);
    }
}
