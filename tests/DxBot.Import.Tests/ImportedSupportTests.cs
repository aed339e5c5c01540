namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13 on the real seed plans: help with smartphones asked in a resident's words (年寄り, ようわからん, 置いていかれる,
/// てつだって) of a city known only from its plan. Searched in those words, the national card guide (スマホ・パソコンからの
/// 申請) or the plan's statistics on smartphone ownership answered; the plan states the city's help in its own terms
/// (デジタル活用支援, デジタルデバイド対策, 使い方講座), in a passage the message's words hardly reach.
/// </summary>
public sealed class ImportedSupportTests
{
    [Theory]
    [InlineData("年寄りでスマホもパソコンもようわからん。わしらみたいなもんは置いていかれるんかのう")]
    [InlineData("パソコンとか苦手な高齢者向けのサポートってありますか🙏")]
    public async Task Help_asked_in_residents_words_is_the_plans_measure_for_it(string question)
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("omaezaki", question);

        Assert.StartsWith("【4 デジタル化で地域社会をより活性化】\n", reply, StringComparison.Ordinal);
        Assert.Contains("デジタル活用支援", reply.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_line_naming_the_help_that_covers_the_question_leads()
    {
        // Three passages name 対馬市's help once each; the table row on people not used to online procedures is the one
        // asked about, not the bare 「・ICT講座等の開催」 of the action guidelines.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("tsushima", "おとしよりが すまほで てつづきするのを てつだって もらえますか");

        Assert.StartsWith("【6. DX 取組事項】\n・7 ／ その他 ／ スマートフォン等のデジタル機器の操作やオンラインでの行政手続に慣れていない市民に対するデジタル活用支援に取り組む。", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_passage_titled_by_the_help_comes_before_its_target_row()
    {
        // 半田市's 「デジタル格差解消のための市民向け講座参加者数(累計)：目標値(R7年度) 400人。」 is a section of its own; it
        // counts the courses, the passage (イ) デジタル格差の解消 says what they are.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("handa", "スマホ教室に参加したいです");

        Assert.StartsWith("【(イ) デジタル格差の解消】\n", reply, StringComparison.Ordinal);
        Assert.Contains("使い方講座を実施します", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_asked_of_the_help_is_its_row_of_the_table_of_targets()
    {
        // The passage on the courses states no number of people; the row counting them does, and answers only that.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("handa", "スマホ講座って何人くらい参加する目標なの？");

        Assert.StartsWith("【デジタル格差解消のための市民向け講座参加者数(累計)】\n", reply, StringComparison.Ordinal);
        Assert.Contains("400人", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_next_sessions_date_is_in_no_plan()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("goshogawara", "五所川原市のスマホ体験会、次はいつどこでやるの？");

        Assert.StartsWith("申し訳ありません", reply, StringComparison.Ordinal);
        Assert.Contains("次回の日程は、計画やこのボットの情報には書かれていません", reply, StringComparison.Ordinal);
    }
}
