namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: a list asked of the real seed plans, imported with every other plan as bench/imported/run.sh does. The
/// answer names the list's items, as the plan's table of contents would, rather than the first rows' paragraphs.
/// </summary>
public sealed class ImportedListTests
{
    [Fact]
    public async Task A_numbered_tables_items_are_listed_by_their_names()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("tsushima", "対馬市のDX取組事項を全部挙げて", "teams");

        // Read as it stands, rows 1 and 2 (with their content and effects) filled the message before テレワーク.
        Assert.Contains("出典: 対馬市DX推進計画 6. DX 取組事項", reply, StringComparison.Ordinal);
        Assert.Contains("・4 RPA・AI-OCR等の利用促進", reply, StringComparison.Ordinal);
        Assert.Contains("・5 テレワークの推進", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("ガバメントクラウド", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_counted_set_is_answered_by_the_passage_stating_it_with_its_list()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("omaezaki", "御前崎市DX推進計画の4つの基本方針を挙げて", "teams");

        // 「3-2 基本方針及び施策の全体像」 (a figure's slogans, no list) was found for its title before.
        Assert.Contains("3-1 基本方針", reply, StringComparison.Ordinal);
        Assert.Contains("次の4つの基本方針を掲げ", reply, StringComparison.Ordinal);
        Assert.Contains("市役所業務の効率化", reply, StringComparison.Ordinal);
        Assert.Contains("地域社会をより活性化", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_the_passage_states_itself_is_not_replaced_by_its_sub_sections()
    {
        // 6_取組事項's own list is the three principles; its sub-sections (1)–(10) are no answer to this.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", "行方市DX基本方針のデジタル三原則を挙げてください", "teams");

        Assert.Contains("ワンスオンリー", reply, StringComparison.Ordinal);
        Assert.Contains("コネクテッド・ワンストップ", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pillars_asked_without_their_count_are_the_list_opening_the_passage()
    {
        // 「(2) 対馬市のDX行動指針」 opens with its three pillars (「・① 市民が便利さを実感できるDXの推進」…); the first pillar's
        // 主な取組 (「対馬市オンライン化推進指針」) shared 対馬市 and 指針 with the question and led the answer.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("tsushima", "対馬市DX行動指針の柱を教えてください", "teams");

        Assert.Contains("・① 市民が便利さを実感できるDXの推進\n・② 市民が豊かな暮らしを実感できるDXの推進\n・③ 行政サービスの継続性を保つためのDXの推進", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("オンライン化推進指針", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("対馬市のDX行動指針の柱を確認させてください")]
    [InlineData("対馬市のDX行動指針は何本柱？それぞれの中身も")]
    [InlineData("対馬市のDX行動指針、柱はいくつ？")]
    public async Task Pillars_asked_as_a_count_or_to_check_them_are_the_list_opening_the_passage(string question)
    {
        // 「確認」 is in the passage's paragraphs (本人確認) and not in its list: the list must not lose to them.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("tsushima", question, "teams");

        Assert.StartsWith("【(2) 対馬市のDX行動指針】\n・① 市民が便利さを実感できるDXの推進\n・② 市民が豊かな暮らしを実感できるDXの推進\n・③ 行政サービスの継続性を保つためのDXの推進", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_measures_labelled_rows_are_its_aspects_not_a_list()
    {
        // 「・概要 ／ …」「・成果目標 ／ …」 would have been listed as 「・概要」「・成果目標」, their content dropped.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("goshogawara", "デジタル化推進人材の育成の取組を挙げてください", "teams");

        Assert.Contains("(取組施策10) デジタル化推進人材の育成", reply, StringComparison.Ordinal);
        Assert.Contains("研修", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("・概要\n", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_asked_of_a_table_keeps_its_rows_whole()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("omaezaki", "5つの重点項目のKGIを教えてください", "teams");

        Assert.Contains("適用可能な全ての行政手続き", reply, StringComparison.Ordinal);
    }
}
