namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans, imported into a knowledge folder with only the city profiles: which passage answers
/// (the city's plan or a national guide) and which of its sentences lead.
/// </summary>
public sealed class ImportedPassageChoiceTests
{
    [Theory]
    [InlineData("すまほ の つかいかた を ならえる ところ は ありますか")]
    [InlineData("すまほの つかいかた を ならえる ところ は ありますか")]
    public async Task A_residents_question_the_plan_answers_gets_the_citys_passage_rather_than_a_card_guide(string question)
    {
        var reply = await ImportedLongPassageTests.AskAsync("001_", "namegata", "line", question);

        // The plan's measure for residents unused to digital devices, not the card's application guide.
        Assert.Contains("出典: 行方市DX基本方針", reply, StringComparison.Ordinal);
        Assert.Contains("デジタル活用支援", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("マイナンバーカード総合サイト", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_on_the_number_itself_keeps_the_national_guide()
    {
        // The plan's roadmap names マイナンバー in its rows, but no sentence of it says how many digits it has.
        var reply = await ImportedLongPassageTests.AskAsync("002_", "omaezaki", "line", "マイナンバーって何桁の番号？");

        Assert.Contains("12桁", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("五所川原市のオープンデータって地図で見られるようになるの？", "GIS")]
    [InlineData("オープンデータって地図で見れるようになる？", "GIS")]
    public async Task What_the_city_will_do_is_answered_by_the_plans_measures_not_its_present_state(string question, string expected)
    {
        var reply = await ImportedLongPassageTests.AskAsync("004_", "goshogawara", "line", question);

        Assert.Contains("(取組施策4) オープンデータの推進", reply, StringComparison.Ordinal);
        Assert.Contains(expected, reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("五所川原市のオープンデータってどこで見られる？")]
    [InlineData("市のオープンデータってどこで見れる？")]
    public async Task Where_to_find_it_is_answered_by_the_row_naming_the_site_not_the_overview_defining_it(string question)
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("goshogawara", question);

        // The 現状と課題 row names the prefecture's catalog and leads; the 概要 row only says what open data is.
        Assert.Contains("(取組施策4) オープンデータの推進", reply, StringComparison.Ordinal);
        Assert.Contains("青い森オープンデータカタログ", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("オープンデータは、行政機関等が保有するデータのうち", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("goshogawara", "スマホ全然わかんないじいちゃんでも教えてもらえる会ってある？携帯ショップと一緒にやるやつ", "体験会")]
    [InlineData("tsushima", "スマホの使い方を教えてもらえる講座はありますか", "ICT講座")]
    [InlineData("handa", "オンラインでの手続き、安全なのか不安で😥 教えてくれるとこある？", "使い方講座")]
    public async Task Where_to_learn_is_answered_by_the_sentence_naming_the_course_or_session(string city, string question, string expected)
    {
        // Every city's plan imported, as bench/imported/run.sh does: the other plans' passages weigh the words too.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync(city, question);

        Assert.Contains(expected, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_to_learn_brings_the_passages_course_line_though_it_shares_no_word_of_the_question()
    {
        const string question = "七十を過ぎてスマートホンを買いましたが、使い方がさっぱりわかりません。対馬市で教えていただける所はありますか。";
        // 対馬市's DX行動指針 lists 「・ICT講座等の開催」 among its measures; the sentences sharing スマートフォン lead, and the
        // line naming the course now comes with them.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("tsushima", question);

        Assert.Contains("出典: 対馬市DX推進計画", reply, StringComparison.Ordinal);
        Assert.Contains("ICT講座", reply, StringComparison.Ordinal);
    }
}
