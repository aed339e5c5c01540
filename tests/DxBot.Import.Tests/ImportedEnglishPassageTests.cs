using DxBot.Cli;
using DxBot.Import.Tests.Support;
using DxBot.Protocol.Schema;

namespace DxBot.Import.Tests;

/// <summary>
/// Issue #13: English questions to a city known only from its imported plan. The English layer finds the plan's
/// passage with the plans' Japanese words for what was asked (its glossary), but the passage was then given from its
/// top, or the national guide found first stood for the city's own passage, or a procedure was "not said" although the
/// plan says what of its field goes online. Each test imports the city's seed plan into the national content alone.
/// </summary>
public sealed class ImportedEnglishPassageTests
{
    [Fact]
    public async Task A_passage_found_by_the_glossary_leads_with_the_sentence_on_what_was_asked()
    {
        var reply = await ReplyAsync("004_", "goshogawara", "Can I pay my municipal housing rent at a convenience store in Goshogawara?");

        // 取組施策2 opens with its aim; its row 現状と課題 says the rent is paid at convenience stores.
        var lines = reply.Split('\n');
        Assert.StartsWith("Goshogawara City's plan covers this in Japanese only.", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("【(取組施策2) 民間サービスを活用した利便性向上】", lines[1], StringComparison.Ordinal);
        Assert.Contains("市営住宅家賃", lines[2], StringComparison.Ordinal);
        Assert.Contains("コンビニエンスストア", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_citys_passage_covering_the_words_comes_before_the_national_guide()
    {
        var reply = await ReplyAsync("004_", "goshogawara", "Can I receive my My Number card on a weekend? I work on weekdays.");

        Assert.Contains("土・日曜日の開庁", reply, StringComparison.Ordinal);
        Assert.Contains("(取組施策3) マイナンバーカードの普及促進", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("マイナンバーカード総合サイト", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_asked_leads_with_the_sentence_naming_the_place()
    {
        var reply = await ReplyAsync("004_", "goshogawara", "Where can I find Goshogawara's open data?");

        // Not the passage's opening on what open data does: its row naming the prefecture's catalog.
        Assert.Contains("青い森オープンデータカタログ", reply.Split('\n')[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task City_news_is_the_plans_passage_on_sending_information()
    {
        var reply = await ReplyAsync("002_", "omaezaki", "I just moved to Omaezaki and can't read Japanese well. How can I get city news and information quickly on my phone?");

        Assert.Contains("市LINE公式アカウントを活用し、情報を発信", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Filling in forms at city hall is hard for me. Is the city doing anything about it?")]
    [InlineData("Will I still have to fill in paper forms at the city hall counter?")]
    public async Task What_the_question_names_finds_the_passage_though_where_it_is_asked_of_is_not_in_it(string question)
    {
        // 「city hall」 made it a contact question and 市役所 書類 are not in 行方市's passage on 「書かないワンストップ窓口」:
        // the passage naming what the question names (fill in → 書かない) answers, not the contact alone.
        var reply = await ReplyAsync("001_", "namegata", question);

        Assert.Contains("【（3）自治体フロントヤード改革の推進】", reply, StringComparison.Ordinal);
        Assert.Contains("書かないワンストップ窓口", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_procedure_named_stays_the_procedures_answer()
    {
        var reply = await ReplyAsync("000_", "tsushima", "Can I apply for a disaster damage certificate online in Tsushima?");

        Assert.Contains("disaster victim certificate", reply, StringComparison.Ordinal);
        Assert.Contains("被災者支援の25手続", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Can I apply for child allowance online?", "child allowance (児童手当) procedures (child-rearing, 子育て)", "子育て")]
    [InlineData("My grandmother needs long-term care certification (kaigo nintei). Can we apply online in Tsushima?", "long-term care (介護) procedures", "介護")]
    public async Task A_procedure_of_a_city_without_a_table_is_answered_with_what_its_plan_says_of_the_field(string question, string group, string field)
    {
        var reply = await ReplyAsync("000_", "tsushima", question);

        Assert.StartsWith($"Tsushima City (対馬市)'s plan does not list {group} one by one, but says this of putting {field}", reply, StringComparison.Ordinal);
        Assert.Contains("子育て、介護、被災者支援の25手続は、マイナンバーカードを用いたオンライン申請", reply, StringComparison.Ordinal);
        Assert.Contains("Mynaportal (マイナポータル)", reply, StringComparison.Ordinal);
        Assert.Contains("Source: 対馬市DX推進計画 6. DX 取組事項", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_website_for_those_who_cannot_read_japanese_or_see_well_is_the_sentence_saying_so()
    {
        // 半田市's passage on the digital divide opens with its smartphone courses; its sentence on the city website names
        // 外国語 and 音声読み上げ, which 「own language」 and 「blind」 are in the plan's words.
        var reply = await ReplyAsync("003_", "handa", "My uncle is blind and my wife reads only her own language. Does the Handa homepage help them?");

        Assert.Contains("外国語や音声読み上げにも対応しています", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_later_cell_of_a_plans_table_row_comes_with_the_rows_opening()
    {
        // 対馬市's row 2 names マイナンバーカードの普及促進 in its first cells and the moving one-stop service in its last.
        var reply = await ReplyAsync("000_", "tsushima", "Could all the moving procedures be done together when my family moves?");

        Assert.Contains("引越しワンストップサービス", reply, StringComparison.Ordinal);
        Assert.Contains("・2 ／ マイナンバーカードの普及促進", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Service_in_person_is_the_plans_sentence_on_serving_in_person_and_online_combined()
    {
        var reply = await ReplyAsync("001_", "namegata", "Will Namegata keep serving people face to face when more things go online?");

        Assert.Contains("対面・非対面の対応を適切に組み合わせ", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_for_older_people_with_smartphones_is_the_plans_passage_on_its_help()
    {
        // Searched, the support topic's words (スマートフォン 使い方) found 五所川原市's background on smartphones spreading.
        var reply = await ReplyAsync("004_", "goshogawara", "My parents are old people and they can't use a smartphone. What does Goshogawara do for them?");

        Assert.Contains("【(取組施策11) デジタル格差対策】", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("ICTの急速な進展", reply, StringComparison.Ordinal);
    }

    private static async Task<string> ReplyAsync(string seed, string city, string question)
    {
        using var knowledge = new CityProfilesOnly();
        Assert.Equal(0, ImportCommand.Run(new FileInfo(SeedPlans.Path(seed)), city, null, [knowledge.Path], TextWriter.Null, TextWriter.Null));
        await using var services = await CliServices.BuildAsync([knowledge.Path], knowledge.Index, CancellationToken.None);
        var activities = await new LocalConversation(services, "line", city).SendAsync(question, CancellationToken.None);
        return string.Join("\n", activities.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text));
    }
}
