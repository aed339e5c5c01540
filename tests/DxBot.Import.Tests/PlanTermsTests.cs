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

    [Theory]
    [InlineData("うちの子がSNSでトラブルにならないか心配です。学校ではそういうこと教えてるの？")]
    [InlineData("むすこ が ネット で ひがい に あわないか しんぱい です")]
    public async Task Children_and_the_internets_dangers_are_the_plans_information_ethics(string question)
    {
        // The plan says 児童生徒 and 情報モラル under a second ■ sub-heading; the sentences under it follow it, not the
        // GIGAスクール heading's, and the footnote defining 情報モラル in the next passage does not count as naming it.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("handa", question);

        Assert.StartsWith("【(ア) 次世代を担う児童・生徒の育成】\n■児童生徒の情報モラル", reply, StringComparison.Ordinal);
        Assert.Contains("児童生徒がインターネット", reply.Split('\n')[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_school_tablet_is_the_plans_giga_school()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("handa", "中学生の娘が学校からタブレットをもらってきたけど、あれは全員に配ってるの？");

        Assert.StartsWith("【(ア) 次世代を担う児童・生徒の育成】\n", reply, StringComparison.Ordinal);
        Assert.Contains("GIGAスクール", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("熱が出た朝、保育園に休みの電話がなかなかつながらないんです。ほかの連絡方法はできないの？", "欠席")]
    [InlineData("ほいくえん を やすむ ときの れんらく、でんわ いがいで できますか", "欠席")]
    [InlineData("保育園から配られるプリント、紙じゃなくてアプリで見られるようになる？", "配布書類のデータ化")]
    public async Task Nursery_school_matters_are_the_plans_childcare_passage_not_the_nursery_applications(string question, string term)
    {
        // 保育園 names the nursery applications of the national catalog, whose online status answered before.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("handa", question);

        Assert.StartsWith("【(イ) ICT を活用した子育て支援】\n", reply, StringComparison.Ordinal);
        Assert.Contains(term, reply.Split('\n')[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("仕事から帰った夜遅くでも、市の手続きってネットで申請できるようになる？")]
    [InlineData("はんだし の てつづき、 よなか でも できますか")]
    public async Task Procedures_at_night_are_the_plans_24_hours_a_day(string question)
    {
        // The plan's purpose and its online procedures' passage both say it; the passage's opening did not.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("handa", question);

        Assert.Contains("24時間365日", reply.Split('\n')[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ネットが苦手なので窓口で話したいんですが、いずれ窓口はなくなるんですか？")]
    [InlineData("窓口でもネットでも、好きな方で手続きできるようになるってこと？")]
    public async Task Keeping_the_counter_is_the_plans_face_to_face_and_online_combined(string question)
    {
        // 行方市's 6_取組事項 opens 「…対面・非対面の対応を適切に組み合わせ…（オムニチャネル化）を図ります」; the search in the
        // resident's words found its デジタルデバイド対策 or フロントヤード passage.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", question);

        Assert.StartsWith("【6_取組事項】\n", reply, StringComparison.Ordinal);
        Assert.Contains("対面・非対面", reply.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_queue_at_the_counter_is_not_keeping_the_counter()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", "窓口の待ち時間がなくなるようにしてほしいんですが、何か考えてますか");

        Assert.DoesNotContain("対面・非対面", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_handed_in_before_and_asked_again_is_once_only_led_by_its_principle()
    {
        // The sentence naming ワンスオンリー that covers the question best leads: the principle's own row, not the
        // passage's opening that lists the three principles.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", "前に市役所に提出した住民票を、別の課でもう一度出すように言われました。なくなりませんか");

        Assert.StartsWith("【6_取組事項】\n・②ワンスオンリー：一度提出した情報は、二度提出することを不要とする", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("役所の窓口に行く時間、前もって決めておけるようにならない？いつも待たされるので", "来庁予約")]
    [InlineData("公民館の会議室を借りるのって、ネットでできるようになりますか", "施設予約")]
    public async Task Booking_a_visit_or_a_hall_is_the_plans_online_booking(string question, string term)
    {
        // 対馬市's 行動指針 lists 「・オンライン窓口来庁予約・施設予約」 among its measures; the resident never says 予約 of the visit.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("tsushima", question);

        Assert.StartsWith("【(2) 対馬市のDX行動指針】\n", reply, StringComparison.Ordinal);
        Assert.Contains(term, reply.Split('\n')[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tsushima", "祖母は目が不自由で、隣の人は日本語がまだよく読めません。市のお知らせが届くように何か考えていますか", "障害者")]
    [InlineData("handa", "市のホームページって、目の不自由な人や外国人でも使えるようになってる？", "外国語")]
    public async Task Information_for_people_who_see_badly_or_read_little_japanese_is_the_plans_passage_naming_them(string city, string question, string term)
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync(city, question);

        Assert.Contains(term, reply.Split('\n')[1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("行方市はデジタルでどういう市役所になりたいの？やさしく教えて")]
    [InlineData("なめがたし は でじたる で なにを めざして いるの")]
    public async Task What_the_city_aims_for_is_its_principles_with_the_slogans_under_them(string question)
    {
        // 行方市's 3_基本理念 only announces its sub-sections (使命, ビジョン, バリュー): answered with each one's slogan.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", question);

        Assert.StartsWith("【3_基本理念】\n", reply, StringComparison.Ordinal);
        Assert.Contains("スマート自治体", reply, StringComparison.Ordinal);
        Assert.Contains("シンプル", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_a_measure_aims_at_is_not_the_citys_principles()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", "テレワークでは何を目指してるの？");

        Assert.DoesNotContain("【3_基本理念】", reply, StringComparison.Ordinal);
    }
    [Theory]
    [InlineData("市のLINEに登録したら、うちに関係ある情報だけ送ってもらえるようになる？", "セグメント配信")]
    [InlineData("五所川原市の公式LINE、友だち登録してる人って何人くらい？", "登録人数")]
    [InlineData("しやくしょ の らいん に とうろく したら なにが とどきますか", "LINE公式アカウント")]
    public async Task The_citys_account_asked_in_residents_words_is_the_plans_sentence_on_it(string question, string term)
    {
        // 取組施策2 opens with its aim and its present state (「情報のプッシュ配信など多種ある機能」): the sentence naming what was
        // asked (the segment delivery, the followers counted, the account informing residents) leads.
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("goshogawara", question);

        Assert.StartsWith("【(取組施策2) 民間サービスを活用した利便性向上】\n", reply, StringComparison.Ordinal);
        Assert.Contains(term, reply.Split('\n')[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_city_coming_to_a_workplace_is_the_plans_on_site_application()
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("goshogawara", "職場の同僚とマイナンバーカードを作りたいんですが、市の方に職場まで来てもらえますか？");

        // The card's dialog answers it: the city's part first, led by the plan's sentence naming 出張申請.
        Assert.StartsWith("■五所川原市の取組\n【(取組施策3) マイナンバーカードの普及促進】\n", reply, StringComparison.Ordinal);
        Assert.Contains("出張申請", reply.Split('\n')[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("保育料とか、税金じゃない市へのお支払いも税金と同じ払い方になりますか")]
    [InlineData("げすいどう の おかね も ぜいきん みたいに はらえる？ 市に 払う お金 の はなし です")]
    public async Task Money_paid_to_the_city_besides_taxes_is_the_plans_public_money_through_eltax(string question)
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync("namegata", question);

        Assert.StartsWith("【(12) 公金収納における eLTAX の活用】\n", reply, StringComparison.Ordinal);
        Assert.Contains("地方税統一QRコード", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("omaezaki", "市役所で払う証明書の手数料、クレジットでもいけるようになる？", "キャッシュレス")]
    [InlineData("tsushima", "市の手数料って、そのうち現金以外でも払えるようになるんかな", "電子決済")]
    public async Task A_fee_paid_without_cash_is_the_plans_cashless_payment_not_the_cards_fee(string city, string question, string term)
    {
        var reply = await ImportedLongPassageTests.AskWithEveryPlanAsync(city, question);

        Assert.Contains(term, reply, StringComparison.Ordinal);
        Assert.DoesNotContain("マイナンバーカードの手数料", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fees_amount_is_not_paying_it_without_cash()
    {
        Assert.False(DxBot.Dialogs.Answers.PlanTerms.Describes(DxBot.Dialogs.Routing.TextNormalizer.Normalize("体育館の使用料はいくら？キャッシュレスで払える？")));
        Assert.True(DxBot.Dialogs.Answers.PlanTerms.Describes(DxBot.Dialogs.Routing.TextNormalizer.Normalize("体育館の使用料ってキャッシュレスで払える？")));
    }

    [Fact]
    public void Paying_by_line_is_not_what_the_account_sends()
    {
        Assert.False(DxBot.Dialogs.Answers.PlanTerms.Describes(DxBot.Dialogs.Routing.TextNormalizer.Normalize("市のLINEで届いた納付のお知らせ、LINE Payで払える？")));
        Assert.True(DxBot.Dialogs.Answers.PlanTerms.Describes(DxBot.Dialogs.Routing.TextNormalizer.Normalize("市のLINEで届くお知らせって何があるの？")));
    }

    [Fact]
    public void A_question_asked_again_after_another_is_read_as_the_first_time()
    {
        // What a text describes is kept for the last text read: asked again, alternately, the answers stay the text's own.
        var describing = DxBot.Dialogs.Routing.TextNormalizer.Normalize("体育館の使用料ってキャッシュレスで払える？");
        var notDescribing = DxBot.Dialogs.Routing.TextNormalizer.Normalize("体育館の使用料はいくら？キャッシュレスで払える？");
        for (var i = 0; i < 3; i++)
        {
            Assert.True(DxBot.Dialogs.Answers.PlanTerms.Describes(describing));
            Assert.True(DxBot.Dialogs.Answers.PlanTerms.Describes(describing));
            Assert.False(DxBot.Dialogs.Answers.PlanTerms.Describes(notDescribing));
        }
    }
}
