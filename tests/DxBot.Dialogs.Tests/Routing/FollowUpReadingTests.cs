using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Tests.Support;

namespace DxBot.Dialogs.Tests.Routing;

public sealed class FollowUpReadingTests
{
    private const string Previous = "住民票をコンビニで取れますか";

    [Theory]
    [InlineData("手数料はいくら？", "fee")]
    [InlineData("申し込み方法は？", "apply")]
    [InlineData("夜とか朝早くでも大丈夫？", "hours")]
    [InlineData("それって土日もやってる？", "days")]
    [InlineData("それはいつから？", "since")]
    [InlineData("それはいつ頃から取りかかる予定？", "since")]
    [InlineData("比較の基準はいつの年度？", "baseline")]
    [InlineData("誰がどうやって選ぶの？", "chosen")]
    [InlineData("どうやって払うことになるの？", "how")]
    [InlineData("いつまで？", "deadline")]
    [InlineData("場所は？", "place")]
    [InlineData("それって何のためにやるの？", "purpose")]
    [InlineData("何が必要？", "bring")]
    [InlineData("市としては何%まで上げたいの？", "target")]
    [InlineData("どこまで増やしたいの？", "target")]
    [InlineData("じゃあ最終的には何％を目指してるの？", "target")]
    [InlineData("お試しで始めたのはいつ？", "when")]
    [InlineData("市だけでやってるの？誰かと組んでる？", "partner")]
    // The intention (予定, つもり) names no new subject.
    [InlineData("いくつまで増やす予定？", "count")]
    [InlineData("何件くらいにするつもり？", "count")]
    [InlineData("対象は誰？", "who")]
    [InlineData("どんな人が対象？", "who")]
    [InlineData("これから何に広げるの？", "next")]
    [InlineData("次は何に広げる予定？", "next")]
    // When the appointment was made is asked, not how.
    [InlineData("その任命はいつでしたか", "when")]
    [InlineData("誰が任命するの？", "chosen")]
    // Money from the state is the funding, not a fee the resident pays.
    [InlineData("それって国のお金も使ってやるの？", "funding")]
    [InlineData("財源は？", "funding")]
    [InlineData("お金はかかるの？", "fee")]
    // Where it stood when the plan started is the baseline; 何人 names no new subject.
    [InlineData("計画のスタート時点では何人だったの？", "baseline")]
    public void An_aspect_alone_follows_up_the_previous_subject(string text, string slot)
    {
        var followUp = TopicRouter.ReadFollowUp(text, Previous);

        Assert.Equal(slot, followUp.Slot?.Name);
        Assert.Equal(Previous, followUp.Subject);
        Assert.Contains(Previous, followUp.Text);
    }

    [Theory]
    [InlineData("今はどんな申請が対象なの？", null)]
    [InlineData("いま何が対象になってるの？", null)]
    [InlineData("どんな手続きが対象？", "who")]
    public void Which_things_are_covered_now_is_how_things_stand_not_who_may_use_them(string text, string? slot) =>
        Assert.Equal(slot, FollowUpSlots.Find(TextNormalizer.Normalize(text))?.Name);

    [Theory]
    [InlineData("その結果は全国と比べてどうでしたか", null)]
    [InlineData("県の平均と比べて高いの？", null)]
    [InlineData("いつと比べて増えたの？", "baseline")]
    [InlineData("何年度比ですか", "baseline")]
    public void Compared_with_the_nation_is_no_base_year(string text, string? slot) =>
        Assert.Equal(slot, FollowUpSlots.Find(TextNormalizer.Normalize(text))?.Name);

    [Theory]
    [InlineData("マイナンバーカードの手数料はいくら？")]
    [InlineData("スマホ教室の申し込み方法は？")]
    [InlineData("それで何時間削減できましたか")]
    [InlineData("手数料はいくら？")]
    public void A_new_subject_or_no_previous_question_is_a_question_of_its_own(string text)
    {
        var previous = text == "手数料はいくら？" ? null : Previous;

        var followUp = TopicRouter.ReadFollowUp(text, previous);

        Assert.Null(followUp.Slot);
        Assert.Equal(text == "それで何時間削減できましたか" ? followUp.Text : text, followUp.Text);
    }

    [Fact]
    public void Narrowing_a_procedure_list_asks_for_that_group()
    {
        var followUp = TopicRouter.ReadFollowUp("そのうち介護のは？", "オンラインでできる手続きは？", "OnlineProcedures");

        Assert.Equal("介護のは? 手続き", followUp.Text);
    }

    [Fact]
    public void Narrowing_after_a_count_of_items_asks_about_the_item_named()
    {
        var followUp = TopicRouter.ReadFollowUp("そのうちセキュリティ対策の徹底では具体的に何をしますか", "対馬市のDX取組事項は全部でいくつありますか", "Knowledge");

        Assert.Equal("セキュリティ対策の徹底では具体的に何をしますか", followUp.Text);
        Assert.Equal("対馬市のDX取組事項は全部でいくつありますか", followUp.Context);
    }

    [Fact]
    public void The_plans_own_period_is_asked_anew_whatever_was_answered_before()
    {
        // Read with the previous subject, the deadline slot had found a measure's target year.
        var followUp = TopicRouter.ReadFollowUp("いつまでの方針？", "行方市のDX基本方針ってどんなもの？", "Knowledge");

        Assert.Equal("いつまでの方針？", followUp.Text);
        Assert.Null(followUp.Slot);
        Assert.Null(followUp.Context);
    }

    [Theory]
    [InlineData("しやくしょ の まどぐち で よやく できますか", "市役所の窓口で予約できますか")]
    [InlineData("市役所の窓口でよやくできますか", "市役所の窓口でよやくできますか")]
    [InlineData("しないの こんびに", "しないのコンビニ")]
    // Read whole once the spaces are gone: 現金以外 (cashless), 手伝ってもらえ (a request for help).
    [InlineData("げんきん いがいで はらえますか", "現金以外で払えますか")]
    [InlineData("すまほ を てつだって もらえますか", "スマホを手伝ってもらえますか")]
    // A compound read whole, and a long vowel typed without its う.
    [InlineData("けんこうほけんしょう に なるの", "健康保険証になるの")]
    [InlineData("ほけんしょ に できますか", "保険証にできますか")]
    // Question words stay as typed: つくら inside いくつくらい was read as 作ら.
    [InlineData("いくつくらい？", "いくつくらい？")]
    [InlineData("てつづき は いくら かかりますか", "手続はいくらかかりますか")]
    [InlineData("半田市のDXけいかくって何年までの計画ですか？", "半田市のDX計画って何年までの計画ですか？")]
    [InlineData("なめがた市のてつづきって全部ネット？", "行方市の手続って全部ネット？")]
    [InlineData("市役所でしないといけない", "市役所でしないといけない")]
    // Kana right after a kanji are its ending, also in a chatty message mostly in kana: してき in 移住してきた is no 指摘.
    [InlineData("先週島に移住してきたばかりで、まだよくわからないんですけど", "先週島に移住してきたばかりで、まだよくわからないんですけど")]
    // Casual text is mostly kana too, but writes its nouns in kanji: そうい in 「そういう予定」 is no 創意.
    [InlineData("車がないので、わざわざ市役所まで行かなくても手続きできるとうれしいです。そういう予定はありますか", "車がないので、わざわざ市役所まで行かなくても手続きできるとうれしいです。そういう予定はありますか")]
    [InlineData("そういう よてい は ありますか", "そういう予定はありますか")]
    // A city's own reading of its name from its profile (MeCab reads 行方 as ゆくえ).
    [InlineData("なめがたしの でじたるか って なにするの", "行方市のデジタル化ってなにするの")]
    // Question words in kana say what is asked (a period, a count) as the usual spelling does.
    [InlineData("けいかく は なんねん まで ですか", "計画は何年までですか")]
    [InlineData("なんにん くらい きますか", "何人くらいきますか")]
    [InlineData("どのくらい の ひと が もって いますか", "どのくらいの人がもっていますか")]
    // Verbs conjugated, where a word starts: 書かなくて, with its okurigana (申し込める, not 申込める).
    [InlineData("しやくしょ で かみ に かかなくて いい", "市役所で紙に書かなくていい")]
    // A two-kana word only standing alone: いえ in 「いえから」, not in 「いえいえ」 or 「いえん」.
    [InlineData("しやくしょの てつづき、 いえから できますか", "市役所の手続、 家からできますか")]
    [InlineData("いえいえ", "いえいえ")]
    [InlineData("いえ から もうしこめる てつづき", "家から申し込める手続")]
    // An everyday word stays (すみません is no 済みません); in ordinary text, where verbs are often in kana, a verb's reading is chance.
    [InlineData("すみません、かかなくていいですか", "すみません、書かなくていいですか")]
    [InlineData("使い方がわからない人への手伝いはありますか", "使い方がわからない人への手伝いはありますか")]
    // A kana spelling the synonyms hold is kept (いかなくても is one of 来庁不要's).
    [InlineData("しやくしょ に いかなくても いい", "市役所にいかなくてもいい")]
    // Who cannot do something is read with 人 (「できない ひと」), as the care entries write it.
    [InlineData("てつづき できない ひとは", "手続できない人は")]
    [InlineData("いんたーねっと つかってるひとって いま どのくらい いるの", "インターネット使ってる人っていまどのくらいいるの")]
    [InlineData("あるひとつの てつづき", "ある一つの手続")]
    // Not 窓口派 (窓口 and a suffix read as the particle).
    [InlineData("しやくしょの まどぐちは なくなるのですか", "市役所の窓口はなくなるのですか")]
    // The city's name in kanji leaves a message in kana one still.
    [InlineData("対馬市の おしらせは どこで みることが できますか", "対馬市のお知らせはどこでみることができますか")]
    public void Hiragana_messages_are_read_with_the_knowledges_words(string text, string expected)
    {
        Assert.Equal(expected, KanaReadings.Of(BundledKnowledge.Base).Apply(text));
    }

    [Theory]
    [InlineData("テレワークは？")]
    [InlineData("テレワークのほうはどうなってる？")]
    public void A_bare_subject_after_an_aspect_of_another_asks_that_aspect_of_it(string text)
    {
        var followUp = TopicRouter.ReadFollowUp(text, "AI・RPAの導入検討のKGIは？", "Knowledge");

        Assert.Equal("テレワークのkgiは?", followUp.Text);
        Assert.Equal("AI・RPAの導入検討のKGIは？", followUp.Context);
    }

    [Fact]
    public void An_aspect_asked_after_a_subject_is_not_read_as_another_subject()
    {
        var followUp = TopicRouter.ReadFollowUp("スケジュールは？", "テレワークの取組は？", "Knowledge");

        Assert.DoesNotContain("取組", followUp.Text);
    }

    [Fact]
    public void Narrowing_a_list_asks_about_the_part_named_with_the_list_as_context_only()
    {
        var followUp = TopicRouter.ReadFollowUp("そのうちフロントヤード改革の具体例は？", "取組事項を一覧で教えて", "Knowledge");

        // Read together, the list's 「一覧」 asked for the whole list again.
        Assert.Equal("フロントヤード改革の具体例は?", followUp.Text);
        Assert.Equal("取組事項を一覧で教えて", followUp.Context);
        Assert.Null(followUp.Slot);
    }

    [Fact]
    public void A_short_message_naming_its_own_subject_carries_the_previous_question_as_context()
    {
        var followUp = TopicRouter.ReadFollowUp("令和5年度の目標は？", "オンライン化する手続の目標件数は？");

        Assert.Equal("令和5年度の目標は？", followUp.Text);
        Assert.Equal("オンライン化する手続の目標件数は？", followUp.Context);
    }

    [Fact]
    public void How_it_was_decided_is_no_question_of_the_way_it_is_done()
    {
        // 「どうやって決めたの？」 asks what set the period, which the answer on the period states; no entry saying more
        // of a way (計画期間を通じて) answers it.
        var followUp = TopicRouter.ReadFollowUp("その期間はどうやって決めたの？", "DX推進計画の期間は？");

        Assert.NotEqual("how", followUp.Slot?.Name);
    }

    [Theory]
    [InlineData("これからどんなふうに使えるようになるの?")]
    [InlineData("どういうふうに変わるの?")]
    public void What_something_will_offer_is_no_way_of_doing_it(string text)
    {
        Assert.True(FollowUpSlots.AsksOtherThanTheWay(text));
        Assert.NotEqual("how", FollowUpSlots.Find(text)?.Name);
    }

    [Fact]
    public void Aiming_at_a_kind_of_counter_is_no_target_figure()
    {
        // 「どんな窓口を目指すの？」 asks which counter the plan describes, not a figure the previous answer's subject aims at.
        Assert.Null(FollowUpSlots.Find("具体的にはどんな窓口を目指すの?"));
    }
}
