namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans: 半田市's table of targets (第四章 進行管理, one row a section) asked in residents'
/// words (「どれくらいの人が」「今どのくらいの割合」). The search in those words found the national guide on certificates at
/// convenience stores or the plan's passage on its online procedures, neither of which states the figure.
/// </summary>
public sealed class ImportedIndicatorTests
{
    [Theory]
    [InlineData("家からネットで済ませられる手続きって、今どのくらいの割合なんですか？", "22.5%", "行政手続のオンライン化率(実施済/実施可能な手続き)")]
    [InlineData("コンビニで住民票を取っている人はどれくらいいるのでしょうか", "18.2%", "コンビニ交付率")]
    [InlineData("マイナンバーカードって半田市ではどのくらい普及してるの？", "52.2%", "マイナンバーカード交付率")]
    public async Task How_many_asked_in_residents_words_is_the_row_of_targets_naming_it(string question, string figure, string indicator)
    {
        var reply = await ImportedLongPassageTests.AskAsync("003_", "handa", "line", question);

        Assert.StartsWith($"【{indicator}】\n", reply, StringComparison.Ordinal);
        Assert.Contains(figure, reply, StringComparison.Ordinal);
        Assert.Contains($"出典: 半田市DX推進計画 第四章 進行管理(目標値) ＞ {indicator}", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_card_named_as_the_means_is_not_the_indicator_asked_after()
    {
        // Read with the question before it, the follow-up names マイナンバーカード as well as コンビニ; the card is what the
        // certificates are taken with, and the users asked after are the convenience stores'.
        var reply = await ImportedLongPassageTests.AskAsync("003_", "handa", "line", "マイナンバーカードがあれば、コンビニで何の証明書が取れますか？", "それって実際どのくらいの人が使ってるの？");

        Assert.StartsWith("【コンビニ交付率】\n", reply, StringComparison.Ordinal);
        Assert.Contains("18.2%", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ネットを使ってる人って今どのくらいいるの？", "83.4%")]
    [InlineData("スマホを持ってる世帯ってどれくらい？", "86.8%")]
    public async Task The_internet_or_a_phone_alone_is_not_the_online_procedures_rate(string question, string figure)
    {
        // The plan's statistics on internet use and smartphone ownership answer; procedures done online are not asked.
        var reply = await ImportedLongPassageTests.AskAsync("003_", "handa", "line", question);

        Assert.DoesNotContain("【行政手続のオンライン化率", reply, StringComparison.Ordinal);
        Assert.Contains(figure, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_asking_by_the_indicators_name_keep_the_search()
    {
        // Staff name the indicators, often two at once: the row of targets is not forced on them.
        var reply = await ImportedLongPassageTests.AskAsync("003_", "handa", "teams", "コンビニ交付率とマイナンバーカード交付率の目標は？");

        Assert.Contains("43.6%", reply, StringComparison.Ordinal);
    }
}
