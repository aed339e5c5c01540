using DxBot.Protocol.Schema;
using DxBot.Tests.Support;

namespace DxBot.Tests;

/// <summary>Staff's ways of asking in Teams, through the whole bot on the bundled knowledge and the real index.</summary>
public sealed class StaffQuestionAnswerTests(BundledBotFixture services) : IClassFixture<BundledBotFixture>
{
    private readonly BundledBotFixture _services = services;

    [Fact]
    public async Task A_quoted_section_name_is_answered_by_that_section_not_the_overview_listing_it()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima", "msteams"),
            "行動指針②「市民が豊かな暮らしを実感できるDXの推進」の主な取組は？");

        // The overview of the three action guidelines names this one too, and ranked first.
        Assert.Contains("行動指針②", answer.Split('\n')[0]);
        Assert.Contains("オープンデータ", answer);
    }

    [Fact]
    public async Task Targets_by_fiscal_year_are_the_targets_schedule_not_another_policys_list()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara", "msteams"), "オンライン化手続数の年度別目標を教えてください");

        Assert.StartsWith("【行政手続のオンライン化の目標（令和7年度までに200手続）】", answer);
        Assert.Contains("140", answer);
    }

    [Theory]
    [InlineData("handa", "DX推進委員会の委員長はだれですか？それと、庁内DX推進リーダーはどのように選ぶのですか？", "副市長", "推薦")]
    [InlineData("omaezaki", "CIOを務めているのは誰で、各部長はどんな立場なんですか", "副市長", "デジタル推進官")]
    [InlineData("handa", "職員研修の受講者数と、市民向け講座の参加者数、それぞれの目標を教えて", "150人", "400人")]
    // The words before the pair (デジタル格差解消の市民向け) qualify the first noun only.
    [InlineData("handa", "デジタル格差解消の市民向け講座参加者数と職員研修受講者数の目標はそれぞれ何人？", "400人", "150人")]
    [InlineData("handa", "取組方針「市役所業務及び教育・子育てにおけるICT利活用」の具体的な取組を挙げて", "テレワーク", "GIGAスクール")]
    public async Task Two_questions_in_one_message_are_each_answered_from_their_own_entry(string city, string question, string first, string second)
    {
        // The entry found for the whole message answered the first question only.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city, "msteams"), question);

        Assert.Contains(first, answer);
        Assert.Contains(second, answer);
    }

    [Theory]
    [InlineData("tsushima", "行動指針の一つ目、市民が便利さを実感できるDXの柱では具体的に何に取り組むの？", "【行動指針① 市民が便利さを実感できるDXの推進】")]
    [InlineData("omaezaki", "基本方針3のセキュリティ対策、現状と課題はどう整理されてる？", "【情報セキュリティ対策の徹底（三層の対策）】")]
    [InlineData("tsushima", "対馬市のDX行動指針の3本柱を教えてください", "【対馬市のDX行動指針（3つの柱）】")]
    // The list of one part's measures (「…の主な取組を一覧で」), the part named by 「3つめ」.
    [InlineData("tsushima", "行動指針の3つめ、業務の継続性の柱にある主な取組を一覧にして", "【行動指針③ 行政サービスの継続性を保つためのDXの推進】")]
    // One measure's 取組 asked by its number: the entry cited as that measure's 取組, not the overview or the table of
    // targets naming all of them; 半田市's policies are 取組方針.
    [InlineData("goshogawara", "取組施策9（情報セキュリティ対策の徹底）の具体的な取組を挙げて", "【情報セキュリティ対策の取組（研修・二要素認証・USBメモリ）】")]
    [InlineData("handa", "取組方針2の具体的な取組を挙げて", "【取組方針2「市役所業務及び教育・子育てにおけるICT利活用」の主な取組】")]
    // A measure named by its plan title (取組施策6 「AI・RPAの利用促進」) with 成果目標: the measure's entry, not policy 2's table.
    [InlineData("goshogawara", "AI・RPAの利用促進について、成果目標はどうなっていますか", "【AI・RPAの取組と目標（令和7年度に20業務）】")]
    public async Task One_numbered_part_of_the_plan_is_answered_by_that_part_not_the_list_of_all(string city, string question, string title)
    {
        // The list of all parts covers the question's words as well; 「3本柱」 is a count, not the third part.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city, "msteams"), question);

        Assert.StartsWith(title, answer);
    }

    [Fact]
    public async Task The_end_of_the_plan_asked_as_its_shuki_is_the_plans_period()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara", "msteams"), "うちのDX推進計画、終期はいつ？国の計画と合わせてるんだっけ");

        Assert.StartsWith("【計画の期間はいつからいつまでですか】", answer);
        Assert.Contains("令和8年3月", answer);
    }

    [Fact]
    public async Task Why_asked_about_a_subject_is_answered_by_the_subject_not_by_any_entry_saying_reason()
    {
        // 理由 was the question's topic: the card pick-up entry (「やむを得ない理由で」) outranked the plan period.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki", "msteams"), "御前崎市の計画期間と、その期間にした理由は？");

        Assert.StartsWith("【計画の期間", answer);
        Assert.Contains("総合計画", answer);
    }

    [Fact]
    public async Task Asked_for_the_kind_its_items_are_marked_as_the_overview_answers_not_one_item()
    {
        // 「AI・RPAの導入検討（重点項目）」 matched every word too; the question names no item, so it asks for all of them.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki", "msteams"), "御前崎市の重点項目は何ですか");

        Assert.StartsWith("【重点項目とKGI", answer);
    }

    [Fact]
    public async Task The_plans_policies_are_the_citys_not_the_nations_it_describes()
    {
        // 「国の動き（デジタル社会の基本方針…）」, the plan's account of national policy, tied and came first.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki", "msteams"), "御前崎市DX推進計画の基本方針は？");

        Assert.StartsWith("【4つの基本方針】", answer);
    }

    [Fact]
    public async Task A_message_pointing_back_is_answered_by_the_entry_about_what_it_asks()
    {
        // Read with the question before it, every entry about the policies covered it as well as the yearly review.
        var bot = _services.Conversation("omaezaki", "msteams");
        await BundledBotFixture.TextAsync(bot, "御前崎市DX推進計画の基本方針は？");

        var answer = await BundledBotFixture.TextAsync(bot, "その進み具合は毎年だれが確認するの？");

        Assert.Contains("デジタル化推進委員会", answer);
    }

    [Fact]
    public async Task Suggestions_after_an_answer_are_of_its_kind_not_any_entry_sharing_its_words()
    {
        // Procedures whose text says 「計画期間中に」 covered the question as well as the plan period did.
        var reply = Assert.Single(await _services.Conversation("goshogawara", "msteams").SendAsync("五所川原市DX推進計画の計画期間は？", CancellationToken.None), a => a.Type == ActivityTypes.Message);

        Assert.StartsWith("【計画の期間", reply.Text);
        Assert.DoesNotContain(reply.SuggestedActions!.Actions, a => a.Title.Contains("届出", StringComparison.Ordinal) || a.Title.Contains("体験会", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Why_pointed_back_to_from_inside_the_message_is_about_the_last_answer()
    {
        // 「そこ」 inside the message was not read as pointing back, and 理由 found the card's reasons.
        var bot = _services.Conversation("goshogawara", "msteams");
        await BundledBotFixture.TextAsync(bot, "五所川原市DX推進計画の計画期間は？");

        var answer = await BundledBotFixture.TextAsync(bot, "終期をそこにした理由は？");

        Assert.Contains("自治体DX推進計画", answer);
    }

    [Fact]
    public async Task How_many_the_plan_counts_names_its_list()
    {
        // 「4つ」 was no unit: the national policy entry tied with the city's four policies and won on index order.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki", "msteams"), "御前崎市DX推進計画の基本方針4つを教えて");

        Assert.StartsWith("【4つの基本方針】", answer);
    }

    [Fact]
    public async Task Two_subjects_asked_at_once_get_both_entries_when_the_first_only_mentions_the_second()
    {
        // The 推進体制 entry says the headquarters does the 進行管理, so it "covered" both halves as well as the
        // 進行管理 entry did, and the PDCA cycle was never given.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata", "msteams"), "行方市DX基本方針の推進体制と進行管理の方法は？");

        Assert.StartsWith("【推進体制", answer);
        Assert.Contains("【進行管理（PDCAサイクル）】", answer);
    }

    [Fact]
    public async Task Work_across_departments_in_the_plans_words_is_the_specialist_groups_role()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima", "msteams"), "各課を跨ぐ業務はどこで検討することになっていますか");

        Assert.Contains("専門部会", answer.Split('\n')[0] + answer.Split('\n')[1]);
    }

    [Theory]
    [InlineData("DX計画って何年まで？")]
    [InlineData("はんだしの DXけいかくって何年までのやつ？")]
    public async Task How_long_the_plan_runs_asked_with_tte_nan_is_the_period_not_a_definition(string question)
    {
        // 「って何」 made it a definition question, answered with 【DXとは】.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), question);

        Assert.Contains("令和7年度", answer.Split('\n')[0]);
    }

    [Theory]
    [InlineData("半田市DX推進計画のKPIは何がありますか", "評価指標の一覧")]
    [InlineData("KPIは何がありますか", "評価指標の一覧")]
    public async Task A_list_of_kpis_is_the_plans_indicator_list_even_when_its_title_does_not_say_kpi(string question, string title)
    {
        // Entries merely naming 「DX推進計画」 outranked the list, which says KPI only in its keywords.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa", "msteams"), question);

        Assert.StartsWith($"【{title}", answer);
    }

    [Fact]
    public async Task One_items_target_is_answered_by_that_items_entry_not_the_overview_listing_all()
    {
        // The overview covers every word of the question but leads with eleven other indicators.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa", "msteams"), "マイナンバーカード交付率の目標値は？");

        Assert.StartsWith("【マイナンバーカード交付率の目標", answer);
        Assert.Contains("90%", answer);
    }

    [Fact]
    public async Task An_item_marked_as_one_of_a_group_does_not_answer_for_the_whole_group()
    {
        // 「AI・RPAの導入検討（重点項目）」 names 重点項目 only in its marker: it is one of them, not the list.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki", "msteams"), "計画の重点項目5つって何だった？");

        Assert.Contains("マイナンバーカード", answer);
        Assert.Contains("テレワーク", answer);
    }

    [Fact]
    public async Task The_members_of_the_headquarters_are_its_posts()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima", "msteams"), "うちのDX推進本部のメンバー構成ってどうなってる？");

        Assert.Contains("副本部長は総務部長", answer);
        Assert.Contains("アドバイザー", answer);
    }

    [Fact]
    public async Task The_organisation_asked_whole_names_the_committee_and_the_leaders()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa", "msteams"), "半田市のDX推進体制を教えて");

        Assert.Contains("半田市DX推進委員会", answer);
        Assert.Contains("庁内DX推進リーダー", answer);
    }

    [Fact]
    public async Task Who_manages_progress_and_how_is_told_in_one_entry()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata", "msteams"), "DX基本方針の進行管理はどこがどうやることになってる？");

        Assert.Contains("PDCA", answer);
        Assert.Contains("行方市DX推進本部", answer);
    }

    [Fact]
    public async Task The_committees_members_are_the_department_heads()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki", "msteams"), "デジタル化推進委員会は誰がトップで、委員には誰が充てられていますか");

        Assert.Contains("副市長", answer);
        Assert.Contains("各部長", answer);
    }

    [Fact]
    public async Task How_many_priorities_there_are_is_the_list_of_them_not_one()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki", "msteams"), "御前崎市DX推進計画の重点項目はいくつある？");

        Assert.StartsWith("【重点項目とKGI（目標達成指標）の一覧】", answer);
        Assert.Contains("5つの重点項目", answer);
    }

    [Fact]
    public async Task Two_things_one_wants_to_know_are_both_answered()
    {
        // 「…を知りたい」 ends the second clause as 「…を教えて」 does: only the committee had been answered.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa", "msteams"), "推進委員会の委員長と、各課のDX推進リーダーの選ばれ方を知りたい");

        Assert.Contains("副市長", answer);
        Assert.Contains("推薦", answer);
    }

    [Fact]
    public async Task A_numbered_part_is_not_another_part_whose_number_starts_with_it()
    {
        // 取組施策1 had been found in the body of the table of 取組施策9〜11 (its 取組施策10 and 11).
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara", "msteams"), "取組施策1の工程表にある令和5年度と令和6年度のオンライン化手続数は？");

        Assert.DoesNotContain("取組施策9", answer.Split('\n')[0]);
        Assert.Contains("140", answer);
        Assert.Contains("170", answer);
    }

    [Fact]
    public async Task What_there_is_besides_a_thing_named_is_not_the_entry_on_that_thing()
    {
        // The entry titled by the 20 systems ranked first, though the question asks for the others.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata", "msteams"), "標準化対象の20業務システムのほかに移行が必要なシステムはありますか？");

        Assert.StartsWith("【関連システム", answer);
        Assert.Contains("7", answer);
    }

    [Fact]
    public async Task A_pair_of_nouns_each_with_its_gloss_in_brackets_is_two_questions()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata", "msteams"), "行方市DXのビジョン（未来の姿）とバリュー（行動基準）は？");

        Assert.Contains("便利さと快適さ", answer);
        Assert.Contains("省力化", answer);
    }

    [Fact]
    public async Task The_kgis_of_the_priority_items_are_their_list_not_the_overview_of_measures()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki", "msteams"), "5つの重点項目のKGIを教えてください");

        Assert.StartsWith("【重点項目とKGI（目標達成指標）の一覧】", answer);
        Assert.Contains("17業務", answer);
    }
}
