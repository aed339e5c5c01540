using DxBot.Dialogs.Routing;

namespace DxBot.Dialogs.Tests.Routing;

public sealed class LongMessageTests
{
    [Fact]
    public void The_asking_sentence_is_taken_out_of_the_story()
    {
        var asked = LongMessage.Questions("こんにちは。来月から夫の転勤で引っ越すことになりました。荷造りで毎日大変です。引越しの手続きはまとめてできますか？よろしくお願いします");

        Assert.Equal("引越しの手続きはまとめてできますか?", asked);
    }

    [Fact]
    public void A_sentence_counting_the_people_before_leans_on_the_one_naming_them()
    {
        // 「こういう人たち」 leans on 「二人とも…」, which leans on the sentence saying who the two are.
        var asked = LongMessage.Questions("こんにちは。父は目が不自由で、母は外国の出身です。二人とも市からのお知らせを受け取るのに苦労しています。こういう人たちへの支援はありますか。");

        Assert.Equal("父は目が不自由で、母は外国の出身です 二人とも市からのお知らせを受け取るのに苦労しています こういう人たちへの支援はありますか", asked);
    }

    [Fact]
    public void Who_asks_is_taken_with_a_question_that_says_what_it_asks_on_its_own()
    {
        var asked = LongMessage.Questions("こんにちは。私は外国人です。日本に来て三年になります。市の情報を受け取るサポートはありますか？");

        Assert.Equal("私は外国人です 市の情報を受け取るサポートはありますか?", asked);
    }

    [Fact]
    public void A_full_stop_inside_a_quotation_ends_no_sentence()
    {
        var asked = LongMessage.Questions("先週の広報を読みました。「DXの海原へ、未来を照らす灯りを。」ってどういう意味ですか？");

        Assert.Equal("「dxの海原へ、未来を照らす灯りを。」ってどういう意味ですか?", asked);
    }

    [Fact]
    public void A_request_for_a_list_asks_as_a_question_does()
    {
        var asked = LongMessage.Questions("先週、市役所の窓口に行きました。現金しか使えなくて困りました。キャッシュレスで払える窓口の一覧がほしいです");

        Assert.Equal("キャッシュレスで払える窓口の一覧がほしいです", asked);
    }

    [Fact]
    public void Asking_what_the_city_helps_with_leans_on_the_worry_told_before_it()
    {
        // 「何かサポートしてますか」 names no subject: alone it found the card's application support. Leaning on the only
        // sentence before it, it takes the whole message, which is then searched as it is.
        Assert.Null(LongMessage.Questions("70代の母が「ネットの手続きは危ないんじゃないか」と不安がってます。半田市で何かサポートしてますか？", ["半田市"]));
        Assert.Equal("市のサイトで申請できますか?", LongMessage.Questions("70代の母がスマホを買いました。毎日楽しそうに使っています。市のサイトで申請できますか？", ["半田市"]));
    }

    [Fact]
    public void A_worry_for_personal_information_before_the_question_is_taken_with_it()
    {
        var asked = LongMessage.Questions("こんにちは。個人情報がもれないか心配です。家族も同じ意見です。市の職員さんはセキュリティの研修とかしてますか？");

        Assert.Equal("個人情報がもれないか心配です 市の職員さんはセキュリティの研修とかしてますか?", asked);
    }

    [Fact]
    public void What_is_said_by_the_way_is_left_out_of_the_whole_message()
    {
        Assert.Equal("役所の手続きはなるべく家からやりたいです デジタル化はどんな感じで進めてるんですか?",
            LongMessage.WithoutAsides("役所の手続きはなるべく家からやりたいです。デジタル化はどんな感じで進めてるんですか？ちなみに仕事はリモートです"));
        Assert.Equal("ちなみに仕事はリモートです", LongMessage.WithoutAsides("ちなみに仕事はリモートです"));
    }

    [Fact]
    public void A_worry_about_the_citys_work_after_the_question_is_why_it_is_asked()
    {
        var asked = LongMessage.Questions("こんにちは。市役所の人って在宅勤務とかしてるの？地震とかで役所が止まったら困るんだけど。");

        Assert.Equal("市役所の人って在宅勤務とかしてるの? 地震とかで役所が止まったら困るんだけど", asked);
    }

    [Fact]
    public void A_worry_of_the_residents_own_days_after_the_question_is_their_story()
    {
        var asked = LongMessage.Questions("こんにちは。書かない窓口はどの手続きでも使えるのでしょうか。今年は祭りも見に行きたいけど人ごみが心配です。");

        Assert.Equal("書かない窓口はどの手続きでも使えるのでしょうか", asked);
    }

    [Fact]
    public void A_question_leaning_on_how_hard_it_is_takes_the_thing_told_before()
    {
        // 「これって」 is the certification's renewal, not the hardship of taking days off for it.
        var asked = LongMessage.Questions("母が厳原で一人暮らししよって、要介護認定の更新のたびに私が福岡から帰って書類ば出しよるとです。仕事も休まんといかんし大変で…。これってオンラインでできるようになるとですか？");

        // Taking every sentence, the message is read whole.
        Assert.True(asked is null || asked.Contains("要介護認定の更新", StringComparison.Ordinal), asked);
    }

    [Theory]
    [InlineData("財布に小銭なくてATMまで走ったっけ💦 御前崎市ってこれからカードとかスマホ決済で払えるようになるの？", "御前崎市ってこれからカードとかスマホ決済で払えるようになるの?")]
    [InlineData("台風で屋根がやられた😢 罹災証明書ってスマホから申請できる？", "罹災証明書ってスマホから申請できる?")]
    // No emoji before a space, or what follows asks nothing of its own: no question apart from the story.
    [InlineData("保育園のお便りが紙で大変😵データで配るようになる？", null)]
    [InlineData("朝の電話がつながらない😭📞 スマホで？", null)]
    [InlineData("市のキャッシュレス決済はいつから？ 楽しみです😊", null)]
    public void The_question_after_an_emoji_ending_the_story_is_read_apart(string text, string? question)
    {
        Assert.Equal(question, LongMessage.AfterTheStory(text));
    }

    [Fact]
    public void An_ellipsis_ends_a_sentence()
    {
        // NFKC makes … into "..."; the question after it was read as part of the complaint.
        var asked = LongMessage.Questions("仕事を休んで市役所に行くのはもう無理…市はネットでできる手続きを増やすの？");

        Assert.Equal("市はネットでできる手続きを増やすの?", asked);
    }

    [Fact]
    public void A_worry_about_what_will_come_is_no_question()
    {
        // 「どうなるか心配」 holds どう: the story's first sentence took one of the two questions a message is read for.
        var asked = LongMessage.Questions("りんご畑をやっています。今年は霜がひどくて、収穫がどうなるか心配しながら毎日見回っています。市役所では申請書を手で書かなくても済むようになるんですか？よろしくお願いします。");

        Assert.Equal("市役所では申請書を手で書かなくても済むようになるんですか?", asked);
    }

    [Fact]
    public void Again_and_again_in_the_story_is_no_question()
    {
        // 何度も is "again and again": the complaint before the question was searched with it, and its 書かされて outweighed
        // what is asked (doing everything at once).
        var asked = LongMessage.Questions("前の町では転入届のあと、あちこちの窓口で同じことを何度も書かされて大変でした。この市では手続きをまとめて一度にできますか？子どもが2人います。");

        Assert.Equal("この市では手続きをまとめて一度にできますか?", asked);
    }

    [Fact]
    public void A_counted_again_and_again_is_no_question_beside_one_that_asks_on_its_own()
    {
        // 何枚も is "again and again": the complaint was taken as the first of two questions, and its words diluted
        // what is asked (doing a move's procedures at once) below the answer's bar.
        var asked = LongMessage.Questions("前に引っ越したときは、あちこちに同じような書類を何枚も書いて、すごく疲れたのを覚えています。引越しの手続きをまとめて済ませられる仕組みは使えるようになるんでしょうか？よろしくお願いします。");

        Assert.Equal("引越しの手続きをまとめて済ませられる仕組みは使えるようになるんでしょうか?", asked);
    }

    [Fact]
    public void Many_times_in_the_story_is_no_question_before_one_pointing_back()
    {
        // 何回も is "many times": the complaint was taken as a question of its own, and with it the question pointing
        // back was searched with two sentences of story, below the answer's bar.
        var asked = LongMessage.Questions("市役所でいろいろな手続きをしました。どの窓口でも名前と住所を何回も書かされました。同じ内容を何度も記入するのは大変です。こういうのを書かなくて済む仕組みはありますか？");

        Assert.Equal("同じ内容を何度も記入するのは大変です こういうのを書かなくて済む仕組みはありますか?", asked);
    }

    [Fact]
    public void A_question_naming_only_the_card_it_would_use_leans_on_what_the_story_wants()
    {
        // It leans on the sentence before, which is the whole message: nothing is set apart from the question.
        var asked = LongMessage.Questions("住民票をコンビニで取りたいです。マイナンバーカードでいけますか？");

        Assert.Null(asked);
    }

    [Fact]
    public void A_sentence_adding_to_the_question_is_taken_with_it()
    {
        // 「あと…も」 adds the halls to the booking asked about, though it ends as a wish, not a question.
        var asked = LongMessage.Questions("こんにちは。窓口でいつも待たされます。前もってネットで予約できるようになりますか？あと公民館とか体育館を借りるのもネットでできたら助かります。よろしくお願いします。");

        Assert.Equal("前もってネットで予約できるようになりますか? あと公民館とか体育館を借りるのもネットでできたら助かります", asked);
    }

    [Fact]
    public void Asking_to_be_told_simply_is_no_second_question()
    {
        // 「年寄りにも分かるように教えてください」 asks how to be told: its 年寄り pulled the search to the support for
        // people who struggle with digital, away from the city's vision asked.
        var asked = LongMessage.Questions("はじめまして。広報で「DX」という言葉を見かけましたが、よく分かりませんでした。結局、市はデジタルを使ってどんな市役所にしたいのでしょうか？ 年寄りにも分かるように教えてください。");

        Assert.Equal("結局、市はデジタルを使ってどんな市役所にしたいのでしょうか?", asked);
    }

    [Fact]
    public void A_question_asking_only_what_the_city_intends_leans_on_the_complaint()
    {
        // 「改善される予定ある？」 names nothing but the city's intention: it is about the forms written again and again.
        var asked = LongMessage.Questions("こんにちは。転入のとき、窓口で同じ書類を何枚も書かされてぐったりしました。改善される予定はありますか？");

        Assert.Equal("転入のとき、窓口で同じ書類を何枚も書かされてぐったりしました 改善される予定はありますか?", asked);
    }

    [Fact]
    public void Always_and_really_in_the_story_are_no_question()
    {
        // 「いつも」 held いつ and 「本当に」 本当: the greeting and the complaint were taken as the two questions.
        var asked = LongMessage.Questions("いつもお世話になっています。朝はいつも忙しいです。園に電話してもつながらず本当に困っています。園への連絡をネットでできるようになりますか？");

        Assert.Equal("園への連絡をネットでできるようになりますか?", asked);
    }

    [Fact]
    public void From_the_question_keeps_what_is_added_after_it_and_leaves_the_story_before()
    {
        var rest = LongMessage.FromTheQuestion("先月こちらに戻ってきました。保育園に毎朝電話しています。ネットで手続きできるものってありますか？子どもがいるので児童手当のこととか。");

        Assert.Equal("ネットで手続きできるものってありますか? 子どもがいるので児童手当のこととか", rest);
    }

    [Fact]
    public void A_question_adding_to_the_sentence_before_keeps_it()
    {
        var asked = LongMessage.Questions("先週、証明書を取りに行きました。手数料が現金だけで困りました。あと体育館を借りるときのお金も、カードで払えるようになりますか？");

        Assert.Equal("手数料が現金だけで困りました あと体育館を借りるときのお金も、カードで払えるようになりますか?", asked);
    }

    [Fact]
    public void A_question_that_leans_on_the_sentence_before_keeps_it()
    {
        var asked = LongMessage.Questions("はじめまして、よろしくお願いします。市のデジタル推進室に郵便で書類を送りたいと思っています。住所は？");

        Assert.Equal("市のデジタル推進室に郵便で書類を送りたいと思っています 住所は?", asked);
    }

    [Fact]
    public void A_question_pointing_back_keeps_the_sentence_it_points_to()
    {
        // 「こういうの、デジタル化でなくなりませんか」 names デジタル化 but asks about what the sentence before tells.
        var asked = LongMessage.Questions("はじめまして。前に市役所に出した書類と同じものを別の課でまた出せって言われました。こういうの、デジタル化でなくなりませんか");

        Assert.Equal("前に市役所に出した書類と同じものを別の課でまた出せって言われました こういうの、デジタル化でなくなりませんか", asked);
    }

    [Fact]
    public void A_question_pointing_back_past_a_sentence_naming_nothing_keeps_what_the_story_is_about()
    {
        // 「これって」 points to the bill of the first sentence; the one between names nothing to search with.
        var asked = LongMessage.Questions("母の介護保険料の納付書が届きました。母は足が悪いので私が代わりに払うつもりです。これってスマホのアプリで払えたりしますか？ 仕事の昼休みしか時間がなくて大変なんです。");

        Assert.Equal("母の介護保険料の納付書が届きました 母は足が悪いので私が代わりに払うつもりです これってスマホのアプリで払えたりしますか?", asked);
    }

    [Fact]
    public void The_sentence_leaned_on_is_taken_without_the_reason_told_first()
    {
        // 「車がないので」 is the resident's story: 車 pulled the search to the plan's entry about mobility.
        var asked = LongMessage.Questions("車がないので、わざわざ市役所まで行かなくても手続きできるとうれしいです。そういう予定はありますか");

        Assert.Equal("わざわざ市役所まで行かなくても手続きできるとうれしいです そういう予定はありますか", asked);
    }

    [Theory]
    [InlineData("マイナンバーカードの暗証番号を忘れました")]
    [InlineData("スマホ教室はいつ、どこでありますか？申し込みは必要ですか？")]
    public void A_short_message_or_one_that_is_all_question_is_left_whole(string message)
    {
        Assert.Null(LongMessage.Questions(message));
    }

    [Fact]
    public void A_city_name_does_not_make_a_question_stand_alone()
    {
        const string Message = "はじめまして。市役所の手続きで毎回紙に名前を書くのが大変です。行方市役所って何か変えるの？";

        Assert.Equal("行方市役所って何か変えるの?", LongMessage.Questions(Message));
        Assert.Equal("市役所の手続きで毎回紙に名前を書くのが大変です 行方市役所って何か変えるの?", LongMessage.Questions(Message, ["行方市", "行方"]));
    }

    [Fact]
    public void The_same_message_read_again_with_other_names_is_read_with_those()
    {
        // A message is read once per turn and the reading kept: kept for its names too, not for its text alone.
        const string Message = "はじめまして。市役所の手続きで毎回紙に名前を書くのが大変です。行方市役所って何か変えるの？";
        string[] namekata = ["行方市", "行方"];

        Assert.Equal("市役所の手続きで毎回紙に名前を書くのが大変です 行方市役所って何か変えるの?", LongMessage.Questions(Message, namekata));
        Assert.Equal("行方市役所って何か変えるの?", LongMessage.Questions(Message, ["半田市", "半田"]));
        Assert.Equal("市役所の手続きで毎回紙に名前を書くのが大変です 行方市役所って何か変えるの?", LongMessage.Questions(Message, namekata));
        Assert.Equal("行方市役所って何か変えるの?", LongMessage.Questions(Message));
        Assert.Null(LongMessage.Questions("市役所の手続きで毎回紙に名前を書くのが大変です。", namekata));
    }

    [Fact]
    public void A_sentence_that_asks_and_is_leaned_on_is_taken_once()
    {
        // The second question leaned on the first, which was taken twice: longer than the message, it was dropped.
        var asked = LongMessage.Questions("来年本土に引っ越す予定です。引越しの手続きって何回も行かないとだめ？まとめてできる？");

        Assert.Equal("引越しの手続きって何回も行かないとだめ? まとめてできる?", asked);
    }

    [Fact]
    public void The_question_starts_where_the_resident_says_it_does()
    {
        // 「何をどれだけ」 in the story asks nothing of the bot; 「そこでお尋ねしたいのですが、」 says where the question is.
        var asked = LongMessage.Questions("息子が言うには、数字が分かれば何をどれだけ出せばいいか分かるそうです。私はパソコンはさっぱりです。"
            + "そこでお尋ねしたいのですが、市のデータを自由に使わせてもらうことはできるのでしょうか。お金がかかったりしますか。よろしくお願いします。");

        Assert.Equal("そこでお尋ねしたいのですが、市のデータを自由に使わせてもらうことはできるのでしょうか お金がかかったりしますか", asked);
    }

    [Theory]
    [InlineData("スマホだけはどうにも苦手で困っています。")]
    [InlineData("市役所には何回か行きました。")]
    [InlineData("なんとなく抵抗があります。")]
    [InlineData("どこかの役所から情報が漏れたと聞きました。")]
    [InlineData("孫は何でもスマホで済ませます。")]
    [InlineData("父は電話のほかは何もできません。")]
    public void Words_of_how_or_how_often_in_a_story_ask_nothing(string story)
    {
        var asked = LongMessage.Questions(story + "住民票はコンビニで取れるようになりますか？");

        Assert.Equal("住民票はコンビニで取れるようになりますか?", asked);
    }

    [Fact]
    public void A_bare_noun_with_mo_after_the_question_adds_to_it()
    {
        Assert.Null(LongMessage.Questions("デジタル人材育成で中核を担う職員は方針上どう位置付けてる？育成方法も"));
    }

    [Fact]
    public void What_is_said_by_the_way_after_the_question_is_not_part_of_it()
    {
        var rest = LongMessage.FromTheQuestion("毎日忙しいです。そこで質問なのですが、夜中に手続きできるようになりますか？ちなみに保育園の連絡も大変でした。どうかよろしく。");

        Assert.Equal("そこで質問なのですが、夜中に手続きできるようになりますか? どうかよろしく", rest);
    }

    [Fact]
    public void The_story_going_on_after_the_question_is_left_but_what_names_the_question_is_kept()
    {
        Assert.Equal("夜や休日に家から手続きができるようになる予定はありますか?",
            LongMessage.FromTheQuestion("平日の昼間に市役所へ行くのがとても難しいです。夜や休日に家から手続きができるようになる予定はありますか？保育園関係の書類も多く、毎回半休を取っています。"));
        Assert.Equal("行方市ではオンラインで手続きできるものってあるんでしょうか? 子どもが2人いるので児童手当のこととかも気になってます",
            LongMessage.FromTheQuestion("先月引っ越してきました。行方市ではオンラインで手続きできるものってあるんでしょうか？子どもが2人いるので児童手当のこととかも気になってます。"));
    }

    [Fact]
    public void A_resident_saying_something_caught_their_attention_starts_the_question()
    {
        var asked = LongMessage.Questions("娘はスマホで何でも済ませたいと言います。私は窓口で話したいほうです。"
            + "そこで気になったのですが、窓口と家からのネットとどちらのやり方も選べるのでしょうか。農作業で忙しい時期もあります。");

        Assert.Equal("そこで気になったのですが、窓口と家からのネットとどちらのやり方も選べるのでしょうか", asked);
    }

    [Fact]
    public void Asking_for_anything_more_after_a_question_does_not_take_the_story_it_would_lean_on()
    {
        var asked = LongMessage.Questions("東京に住む息子です。実家の母の介護が心配です。介護の申請はネットからできるようになりますか。"
            + "帰省のたびに船の切符を取るのも一苦労で、お盆は窓口も閉まっていました。何かいい方法があれば教えてください。");

        Assert.Equal("介護の申請はネットからできるようになりますか", asked);
    }

    [Fact]
    public void Nowhere_in_the_story_is_no_question()
    {
        // 「どこにも行けない」 holds どこ: the story after the question was taken as a second question, and with its 車 the
        // pair found no entry.
        var asked = LongMessage.Questions("そこで伺いたいのですが、窓口で紙に何枚も書かなくて済むような窓口を始める予定はあるんでしょうか。"
            + "ただ、車がないとどこにも行けないのはまだ慣れません。誰にも聞けなくて困っています。");

        Assert.Equal("そこで伺いたいのですが、窓口で紙に何枚も書かなくて済むような窓口を始める予定はあるんでしょうか", asked);
    }

    [Fact]
    public void What_digitising_changes_leans_on_the_story_before_it()
    {
        // 「デジタル化したら何か変わるの？」 names no subject of its own: what the resident suffers (waiting, forms) does.
        var asked = LongMessage.Questions("市役所っていつ行っても待たされるし、書く紙も多いし…。デジタル化したら何か変わるの？");

        Assert.Null(asked);
    }

    [Fact]
    public void Each_question_standing_on_its_own_is_given_apart()
    {
        var each = LongMessage.EachQuestion("妻はスマホに替えたばかりです。半田市はスマホ講座に何人くらい参加してもらうのを目標にしているんでしょうか。"
            + "近所の人も困っています。オンラインの手続きは詐欺なんかが心配で、安全なのかどうかも気になっています。");

        Assert.Equal(["半田市はスマホ講座に何人くらい参加してもらうのを目標にしているんでしょうか", "オンラインの手続きは詐欺なんかが心配で、安全なのかどうかも気になっています"], each);
    }

    [Fact]
    public void A_question_leaning_on_the_story_is_not_given_apart()
    {
        // 「対馬市はそういうの考えてますか？」 alone says nothing of what is asked.
        Assert.Equal(["次にまた災害があったら、今度は家から申請できるんでしょうか"],
            LongMessage.EachQuestion("去年の台風で市役所まで何度も足を運んで罹災証明をもらいました。次にまた災害があったら、今度は家から申請できるんでしょうか。対馬市はそういうの考えてますか？", ["対馬市"]));
    }

    [Fact]
    public void A_message_read_again_after_many_others_is_read_as_the_first_time()
    {
        // The sentences' readings and asking parts are kept for a while: reading more messages than are kept in between
        // must not change what a message asks.
        const string message = "こんにちは。来月から夫の転勤で引っ越すことになりました。荷造りで毎日大変です。引越しの手続きはまとめてできますか？よろしくお願いします";
        var normalized = TextNormalizer.Normalize(message);
        var asked = LongMessage.Questions(message);
        var askingPart = LongMessage.AskingPart(normalized);
        for (var i = 0; i < 200; i++)
        {
            LongMessage.AskingPart(TextNormalizer.Normalize($"昨日は{i}回も窓口に行きました。住民票は何枚とれますか？"));
            LongMessage.Questions($"こんにちは。{i}年前に越してきました。子どもが二人います。児童手当の手続きはスマホでできますか？");
        }

        Assert.Equal("引越しの手続きはまとめてできますか?", asked);
        Assert.Equal(asked, LongMessage.Questions(message));
        Assert.Equal(askingPart, LongMessage.AskingPart(normalized));
        Assert.Equal("住民票は何枚とれますか?", LongMessage.AskingPart(TextNormalizer.Normalize("昨日は3回も窓口に行きました。住民票は何枚とれますか？")));
    }
}
