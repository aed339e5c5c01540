namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans: what residents describe in their own words (「名前とか住所を何枚も書かされる」,
/// 「ハンコいるの？」) and the plans name in theirs (「書かないワンストップ窓口」, 「押印見直し」). Searched in the resident's
/// words, the national guides on changing an address or on the card's application form answered, or nothing did.
/// </summary>
public sealed class PlanTermsTests
{
    [Theory]
    [InlineData("窓口で毎回住所とか名前書くのめんどくさい〜 行方市ってなんか改善する予定ある？")]
    [InlineData("役所さ行ぐと毎回書類いっぺぇ書かされっけど、書かなくていいようになんだっぺか？")]
    public async Task Writing_at_the_counter_is_the_plans_writing_free_counter(string question)
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", question);

        Assert.StartsWith("【（3）自治体フロントヤード改革の推進】\n", reply, StringComparison.Ordinal);
        Assert.Contains("「書かないワンストップ窓口」", reply.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_seal_asked_is_the_passage_on_reviewing_it_not_the_cards_form()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("omaezaki", "市の申請書ってまだハンコいるの？そろそろいらなくならない？");

        Assert.StartsWith("【2 デジタル化による市役所業務の効率化】\n", reply, StringComparison.Ordinal);
        Assert.Contains("押印", reply.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_glossary_row_or_a_law_naming_the_term_does_not_answer()
    {
        // 御前崎市's glossary row on AI-OCR reads 「手書きで記載された文字」, and 五所川原市's account of the national laws names
        // 「押印義務の廃止」: neither is what the city does.
        var writing = await ImportedLongPassageTests.AskWithEveryPlanAsync("omaezaki", "市役所の手続きって何が変わるの？字を書くのが苦手で…");
        var seal = await ImportedLongPassageTests.AskWithEveryPlanAsync("goshogawara", "市役所の書類ってまだハンコ要る？");

        Assert.StartsWith("【1 デジタル化による市民サービスの向上】\n", writing, StringComparison.Ordinal);
        Assert.Contains("書かせない", writing, StringComparison.Ordinal);
        Assert.StartsWith("【(取組施策1) 行政手続のオンライン化】\n", seal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("すまほ もってないけど いちど さわってみたい。ためせる ところ ある？")]
    [InlineData("タブレットとか一度もさわったことないんだけど、ためしにさわってみられる機会ってある？")]
    public async Task Trying_a_device_out_is_the_plans_hands_on_session(string question)
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("goshogawara", question);

        Assert.StartsWith("【(取組施策11) デジタル格差対策】\n", reply, StringComparison.Ordinal);
        Assert.Contains("体験会", reply.Split('\n')[1], StringComparison.Ordinal);
    }
}
