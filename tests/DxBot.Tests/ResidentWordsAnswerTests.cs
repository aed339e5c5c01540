using DxBot.Cli;
using DxBot.Dialogs.Topics.KnowledgeAnswer;
using DxBot.Protocol.Schema;
using DxBot.Tests.Support;

namespace DxBot.Tests;

/// <summary>Residents' own ways of asking, through the whole bot on the bundled knowledge and the real index.</summary>
public sealed class ResidentWordsAnswerTests(BundledBotFixture services) : IClassFixture<BundledBotFixture>
{
    private readonly BundledBotFixture _services = services;

    [Theory]
    [InlineData("omaezaki", "御前崎に住む年寄りでございます。パソコンもスマホもとんと不得手で、この先市役所の手続きが機械ばかりになったら困ってしまいます。", "【デジタルが苦手な方への支援（デジタルデバイド対策）】")]
    [InlineData("namegata", "手続きは全部スマホでやりたい派だけど、うちの親は窓口で話したい派。行方市はどっちに合わせるの？", "【対面と非対面を組み合わせた窓口（オムニチャネル化）】")]
    [InlineData("omaezaki", "御前崎市のDXって、結局なにを目指してるの？かんたんに教えて", "【基本理念とキャッチフレーズ「DXの海原へ、未来を照らす灯りを。」】")]
    [InlineData("goshogawara", "市の公式LINEって今どれくらいの人が登録してるの？お知らせとか届く？", "【市のSNS（LINE公式アカウントなど）の登録人数の目標（2万人）】")]
    [InlineData("namegata", "なめがたしの でじたるか って なにするの", "【行方市がDXで目指すもの（基本理念のまとめ）】")]
    [InlineData("namegata", "前に市役所に出した書類と同じものを別の課でまた出せって言われました。こういうの、デジタル化でなくなりませんか", "【デジタル三原則とは】")]
    [InlineData("goshogawara", "マイナンバーカードの写真って、わざわざ写真屋さんで撮らないとダメですか？", "【マイナンバーカードの申請を手伝ってもらえますか（申請補助・無料写真撮影）】")]
    [InlineData("namegata", "行方市って、オンラインと窓口どっちでも手続きできるようにしてくれるの？ネット苦手な人もいるし", "【対面と非対面を組み合わせた窓口（オムニチャネル化）】")]
    [InlineData("omaezaki", "マイナンバカードって、いつまでに市民みんなに行き渡らせる目標なんですか", "【マイナンバーカードの普及目標（KGI）】")]
    [InlineData("handa", "マイナカード、半田市はどれくらいまで増やすつもりなの？", "【マイナンバーカード交付率の目標（90%）】")]
    [InlineData("tsushima", "春から島外に引っ越す予定です。引っ越しのたびにあちこちの役所や会社に手続きするのが面倒で…対馬市で何か楽になる仕組みはありますか？", "【マイナンバーカードの普及で期待される効果（引越しワンストップサービス）】")]
    [InlineData("namegata", "市税とか保育料払うのに毎回銀行いくのめんどい😩 行方市ってスマホで払えるようにならないの？", "【公金のeLTAX納付（水道料金・下水道使用料も対象）】")]
    [InlineData("omaezaki", "御前崎市でマイナンバーカードを使ったサービスってこれから増えますか？", "【マイナンバーカードの利活用の拡大】")]
    [InlineData("tsushima", "市役所へのお金の支払い、スマホでできるようになる予定ある？", "【電子決済サービス（キャッシュレス）の導入】")]
    [InlineData("tsushima", "窓口で待つのがいやなので、行く前に順番を取っておけるようになりますか", "【オンラインでの来庁予約・施設予約】")]
    [InlineData("omaezaki", "ごぜんざきしの でじたるの けいかくは なんねんまで つづきますか", "【計画の期間（2021年度〜2025年度）】")]
    [InlineData("omaezaki", "DX計画のことで質問したいのですが、担当はどこの部署になりますか", "【御前崎市DX推進計画のお問い合わせ先】")]
    [InlineData("namegata", "行方市でDXを中心になって進めているのはどこですか", "【推進体制（行方市DX推進本部）】")]
    [InlineData("tsushima", "マイナンバーカード、市はどのくらいの人に持ってほしいと考えてるの？", "【マイナンバーカードの取得率の目標（長崎県平均を上回る）】")]
    [InlineData("handa", "マイナンバーカードの交付、半田市はどこまで増やす計画ですか", "【マイナンバーカード交付率の目標（90%）】")]
    [InlineData("goshogawara", "カードの顔写真、市役所で撮ってもらえたりしますか？", "【マイナンバーカードの申請を手伝ってもらえますか（申請補助・無料写真撮影）】")]
    [InlineData("namegata", "行方市の手続きはそのうちネットだけになるんですか？窓口がなくなると困ります", "【対面と非対面を組み合わせた窓口（オムニチャネル化）】")]
    // The procedure (保育園) is in the story before the question, which asks about something else (the nursery's absence calls).
    [InlineData("handa", "いつもお世話になっています。朝は本当にバタバタで、子どもが熱を出すと保育園に電話してもつながりません。園への連絡をスマホからできるようになりますか？", "【保育園・学校への欠席連絡】")]
    // Verbs typed in kana (書かなくて, 申し込める) and 「どのくらい の ひと」 read as words.
    [InlineData("omaezaki", "しやくしょ で かみ に かかなくて いい ように なりますか", "【「書かせない」「待たせない」市民サービス】")]
    [InlineData("handa", "はんだし の まいなんばーかーど は どのくらい の ひと が もって いますか", "【マイナンバーカード交付率の目標（90%）】")]
    [InlineData("goshogawara", "しやくしょ に いかないで いえ から もうしこめる てつづき は いくつ に なりますか", "【行政手続のオンライン化の目標（令和7年度までに200手続）】")]
    [InlineData("omaezaki", "御前崎のDXって、市役所で誰が一番上で仕切ってるだら？", "【推進体制の役割分担（CIO・業務担当部門・情報政策部門）】")]
    // What the city wants to become, asked in residents' words: its vision, not what DX means (めざす in kana too).
    [InlineData("handa", "半田市はDXでどんな市役所になりたいんですか", "【半田市DX推進計画の目的（いつでも・どこでも・誰でも便利なデジタルシティ）】")]
    [InlineData("namegata", "行方市がめざしてる市の姿ってどんなの？", "【基本理念：ビジョン「便利さと快適さを実感できるスマート自治体へ」】")]
    // Whether the plan still runs in a year to come asks its period.
    [InlineData("goshogawara", "五所川原市のDX計画って令和9年になってもまだ続いてるんですか？", "【計画の期間はいつからいつまでですか】")]
    [InlineData("handa", "半田市のDX計画って令和9年になってもまだ続いてるんですか？", "【計画期間（令和4年度〜令和7年度）】")]
    // 「これって」 points back past a sentence naming nothing to the bill the story is about.
    [InlineData("goshogawara", "母の介護保険料の納付書が届きました。母は足が悪いので私が代わりに払うつもりです。これってスマホのアプリで払えたりしますか？ 仕事の昼休みしか時間がなくて、銀行に行くのも大変なんです。", "【市民税・県民税、介護保険料、市営住宅家賃などの納付】")]
    // What the plan names in its terms (情報連携, 書かせない・待たせない, 配布書類のデータ化), described in a resident's words.
    [InlineData("handa", "前の手続きで取った住民票を、別の課でもまた出してと言われました。毎回出さないといけないんですか", "【マイナンバー制度の情報連携（添付書類の省略）】")]
    [InlineData("omaezaki", "いつ行っても窓口が混んでいて、書類もたくさん書かされる。デジタル化で何か変わるんですか？", "【「書かせない」「待たせない」市民サービス】")]
    [InlineData("handa", "保育園からのお手紙が多くて大変です。スマホで見られるようになりますか", "【保育・教育現場の事務負担の軽減】")]
    // A yes-or-no second clause the first's entry answers is no pair of questions (the facilities' fees, not taxes).
    [InlineData("handa", "市の施設の使用料って現金だけですか？カードで払えるようになりますか？", "【証明書の手数料・施設の使用料のキャッシュレス化】")]
    // 「こういう手続き」 asks about the procedure the story names (手すり: the housing alteration for care).
    [InlineData("tsushima", "父の介護で家に手すりを付ける工事をしました。書類のために何度も市役所へ行きました。こういう手続きを家からネットで済ませられるようになりますか？", "【居宅介護（介護予防）住宅改修費の支給申請】")]
    // 「このタブレット」 points back to the story (a school's tablet): the GIGA school entry, not the office's tablets.
    [InlineData("handa", "子どもが学校からタブレットを持って帰ってきました。市はこのタブレットをどう使っていくんですか？", "【GIGAスクール（小中学校の一人一台タブレット）】")]
    // Made to wait, typed in kana (またされる: the passive of 待つ).
    [InlineData("omaezaki", "しやくしょ で まいかい ながく またされます。 これから よく なりますか", "【「書かせない」「待たせない」市民サービス】")]
    // 「なんぼの手続き」 counts procedures (MeCab reads なんぼ as a noun: no unknown subject); 「対面でも」 wants the counter kept.
    [InlineData("goshogawara", "五所川原の市役所で、なんぼの手続きがネットでできるようになるんだべ？目標あるの？", "【行政手続のオンライン化の目標（令和7年度までに200手続）】")]
    [InlineData("namegata", "行方市はなんでもオンラインにしちゃうんですか？ネットが苦手なので対面でも手続きしたいのですが…", "【対面と非対面を組み合わせた窓口（オムニチャネル化）】")]
    // Typed in kana: 「また だす」 is handing the same thing in again (ワンスオンリー); a long story of a move asks about the moving one-stop service.
    [InlineData("namegata", "いちど しやくしょに だした しょるいや じょうほうを、また だすのは たいへんです。こんど から だす ひつよう は なくなりますか", "【デジタル三原則とは】")]
    [InlineData("tsushima", "来年の春、子どもの進学で家族みんなで本土に引っ越す予定です。役所や電気・ガスの手続きがたくさんあって大変そうなんですが、マイナンバーカードがあればまとめて手続きできるようになるって聞きました。本当ですか？", "【マイナンバーカードの普及で期待される効果（引越しワンストップサービス）】")]
    // A worry about the internet for a child is the schools' 情報モラル; everything going online is the city's care for those without it.
    [InlineData("handa", "小学生の子がネットで嫌な目にあわないか心配です…市や学校は何かしてくれていますか？", "【児童生徒の情報モラル教育】")]
    [InlineData("handa", "うちのばあちゃん、スマホもパソコンも持っとらんのだけど、半田市の手続きがオンラインばっかになったら困らんかね？", "【オンラインが使えない方への配慮】")]
    // One policy named by its title: its measures, not the list of four policies.
    [InlineData("handa", "取組方針「市役所業務及び教育・子育てにおけるICT利活用」の具体的な取組を挙げて", "【取組方針2「市役所業務及び教育・子育てにおけるICT利活用」の主な取組】")]
    // What the city does about a step of the card: its plan, not the national guide to receiving it.
    [InlineData("omaezaki", "マイナンバーカードの受け取りってめっちゃ待たされるって聞いたんだけど、御前崎市はなんか対策してるの？", "【マイナンバーカードの普及促進（重点項目）】")]
    // 混む is the entry's 混雑; a car's change of address is the prefecture's 自動車税住所変更届, not the child allowance's.
    [InlineData("omaezaki", "マイナンバーカードの交付窓口がすごく混むって聞きました。市は何か対策をしていますか？", "【マイナンバーカードの普及促進（重点項目）】")]
    [InlineData("tsushima", "車の住所変更の届け、対馬市のオンライン申請でできるようになる？", "【自動車税住所変更届】")]
    // Which certificates the city's convenience stores give: the city's entry lists them, the national guide says they differ.
    [InlineData("handa", "はんだしの こんびにで とれる しょうめいしょは なにが ありますか", "【住民票などのコンビニ交付】")]
    // Applying for the card in plain verbs (申し込む, 作る) is how to apply; the difference from the number is asked by name.
    [InlineData("omaezaki", "マイナンバーカードを作るにはどうすればいいですか", "【マイナンバーカードの申請方法（スマホ・パソコン・郵送・証明用写真機・窓口）】")]
    [InlineData("omaezaki", "マイナンバーカードを申し込むにはどうすればいいですか", "【マイナンバーカードの申請方法（スマホ・パソコン・郵送・証明用写真機・窓口）】")]
    [InlineData("omaezaki", "マイナンバーとマイナンバーカードの違いは？", "【マイナンバー（個人番号）とマイナンバーカードの違い】")]
    // What the city does to raise applications is its plan's, not the national guide to applying; what it means to
    // publish is its measures, not the present state.
    [InlineData("omaezaki", "マイナンバーカードの申し込みを増やすために市は何をするんですか", "【マイナンバーカードの普及促進（重点項目）】")]
    [InlineData("goshogawara", "五所川原市はどんなデータをオープンデータにする予定？", "【オープンデータの取組と目標（推奨データセット14項目・EBPM・GIS）】")]
    public async Task Residents_everyday_words_reach_the_entry_that_answers(string city, string question, string title)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.StartsWith(title, answer);
    }

    [Fact]
    public async Task Making_the_card_easier_to_get_typed_in_kana_is_the_citys_measure_for_getting_it()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"), "まいなんばーかーど まだ もってないです。なめがたしは かーどを つくりやすく してくれますか");

        Assert.Contains("【マイナンバーカードを取得しやすい環境づくり】", answer.Split("\n\n")[0]);
    }

    [Theory]
    [InlineData("omaezaki", "御前崎市でマイナンバーカードを休日に受け取れるのは何曜日ですか？")]
    [InlineData("namegata", "行方市役所でマイナンバーカードを受け取れる休日窓口は何曜日にやってますか")]
    [InlineData("namegata", "行方市役所の代表電話番号を教えてください")]
    [InlineData("tsushima", "対馬市の国民健康保険税の今年度の税率を教えて")]
    [InlineData("tsushima", "対馬市役所の来庁予約のサイトのURLを教えてください")]
    [InlineData("omaezaki", "電子申請で使えるクレジットカードのブランドは何ですか？")]
    [InlineData("omaezaki", "御前崎市の市民プールの料金は？")]
    [InlineData("handa", "コンビニ交付にすると窓口より手数料はいくら安くなるんですか")]
    [InlineData("omaezaki", "御前崎市でキャッシュレス決済を使うと手数料はかかりますか？")]
    [InlineData("goshogawara", "マイナンバーカードの出張申請をお願いしたいので電話番号を教えてください")]
    [InlineData("namegata", "水道料金がeLTAXで払えるようになるのは何年何月からですか？")]
    [InlineData("goshogawara", "マイナンバーカードの出張申請、町内会に来てもらうには何日前までに申し込めばいい？")]
    // How many shops: a count of shops, which no entry gives.
    [InlineData("handa", "半田市内でマイナンバーカードを使って証明書が取れるコンビニは何店舗ありますか？")]
    // Where it can be used, and the card's counter on weekends (the convenience store's hours are not its hours).
    [InlineData("omaezaki", "御前崎市でキャッシュレス決済が使える施設はどこですか？PayPayとか使えますか？")]
    [InlineData("goshogawara", "五所川原市で土日にマイナンバーカードを受け取るとき、何時から何時までやってますか？")]
    // A number of staff answered with a national shortage of digital talent.
    [InlineData("handa", "デジタル課の職員数は何人ですか")]
    // A class's capacity and fee: the plan's target of 400 participants is neither.
    [InlineData("handa", "半田市のスマホ講座って1回の定員は何人ですか？受講料はかかりますか？")]
    public async Task A_fact_the_knowledge_does_not_give_is_not_answered_with_a_neighbouring_entry(string city, string question)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
    }

    [Fact]
    public async Task How_many_procedures_go_online_is_answered_first_with_the_target()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"), "行かなくていい市役所にするって聞いたけど、最終的にいくつくらいの手続きがネットでできるようになるの？");

        Assert.Contains("令和7年度までに200手続", answer.Split('\n')[1].Split('。')[0]);
    }

    [Fact]
    public async Task Every_fact_the_knowledge_does_not_give_is_named()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "半田市のスマホ講座って1回の定員は何人ですか？受講料はかかりますか？");

        Assert.Contains("の金額と定員は、", answer);
        Assert.DoesNotContain("400人", answer);
    }

    [Fact]
    public async Task An_item_the_plan_leaves_out_of_a_target_is_said_first()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "市の駐車場の料金もキャッシュレスで払えるようになりますか？🚗💳");

        Assert.StartsWith("【証明書の手数料・施設の使用料のキャッシュレス化】\n指定管理施設と駐車場の料金は、キャッシュレス化の目標の対象外", answer);
    }

    [Fact]
    public async Task Since_when_is_answered_with_the_year_the_plan_gives_not_only_why_not_yet()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"), "住民票をネットで請求したいんですが、手数料の支払いがあるからまだできないと聞きました。いつからできるようになりますか？");

        Assert.Contains("令和5年度", answer);
    }

    [Fact]
    public async Task A_year_the_target_is_reached_in_answers_until_when_not_the_period_said_missing()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "しやくしょの手つずき、ぜんぶネットでできるようになるってほんと？いつまでに？");

        Assert.StartsWith("【行政手続のオンライン化率の目標（100%）】", answer);
        Assert.Contains("令和7年度に100%", answer);
    }

    [Fact]
    public async Task A_message_naming_the_nursery_about_absence_calls_is_not_answered_with_the_nursery_applications()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "ほいくえん を やすむ とき、 でんわ しなくても いい ように なりますか");

        Assert.DoesNotContain("子育ての手続き（3件）", answer);
        Assert.Contains("欠席", answer);
        Assert.Contains("24時間365日", answer);
    }

    [Fact]
    public async Task One_long_sentence_naming_the_nursery_about_absence_calls_is_searched()
    {
        // Thirty characters or more with スマホ read as a story whose procedure is what it asks about; one sentence tells no story.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "ほいくえん を やすむ とき でんわ じゃなくて すまほ で れんらく できる ように なりますか");

        Assert.StartsWith("【保育園・学校の欠席連絡のオンライン化】", answer);
    }

    [Fact]
    public async Task A_long_message_telling_a_hard_to_get_ticket_asks_about_the_care_application_not_the_cards_receipt()
    {
        // 「取りにくい」 was read as collecting the card, and 「ネットから」 was no online word: the card guides were given.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima"),
            "実家の父が足を悪くしました。私は遠くに住んでいて、飛行機のチケットも取りにくい時期です。要介護認定の申請は、マイナンバーカードを使ってネットからできますか？");

        Assert.StartsWith("【要介護・要支援認定の申請】", answer);
        Assert.Contains("マイナポータル", answer);
    }

    [Fact]
    public async Task Which_counter_in_the_story_is_not_asked_of_the_answer()
    {
        // 「どの窓口でも…書かされました」 tells the story; it was read as asking which counter, and the entry that answers
        // (the counter where residents need not write) was said to lack it.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"),
            "市役所でいろいろな手続きをしました。どの窓口でも名前と住所を何回も書かされました。同じことを書くのは大変です。こういうのを書かなくて済む仕組みは考えていますか？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.StartsWith("【書かないワンストップ窓口", answer);
    }

    [Fact]
    public async Task Asked_both_when_online_works_and_how_far_it_goes_the_answer_gives_the_target_too()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"),
            "平日は仕事で市役所が開いている時間に行けません。夜や休みの日にネットで手続きできるようにする予定はありますか？どのくらい進める計画なのかも知りたいです。");

        Assert.Contains("24時間365日", answer);
        Assert.Contains("令和7年度に100%", answer);
    }

    [Fact]
    public async Task A_bare_card_asked_about_is_the_my_number_card()
    {
        // 「カード」 alone matched every entry saying カード, and the card's target (KGI) was not among the first found.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "カードって、市はいつまでにみんなに行き渡らせるつもりですか？");

        Assert.StartsWith("【マイナンバーカードの普及目標（KGI）】", answer);
        Assert.Contains("2022年度", answer);
    }

    [Fact]
    public async Task The_card_asked_about_as_the_means_to_what_the_story_wants_gets_that_service()
    {
        // The question alone (「マイナンバーカードでいけますか？」) was the card's menu, or searched apart from the story
        // found what the card is.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "住民票をコンビニで取りたいです。マイナンバーのカードでいけますか？");

        Assert.StartsWith("【住民票などのコンビニ交付】", answer);
    }

    [Fact]
    public async Task A_lost_card_is_answered_with_the_hotline_first_not_the_citys_card_promotion()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "マイナンバーカードなくしたらどうすればいい？");

        Assert.StartsWith("【マイナンバーカードをなくしたとき", answer);
        Assert.DoesNotContain("普及促進", answer);
    }

    [Fact]
    public async Task A_wish_added_after_the_question_is_part_of_what_is_asked()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima"),
            "市役所行くとき待たされるの嫌やけん、前もってネットで予約できるようにならん？あと公民館とか体育館を借りるのもネットでできたら助かるっちゃけど");

        Assert.StartsWith("【オンラインでの来庁予約・施設予約】", answer);
    }

    [Fact]
    public async Task A_list_asked_of_a_qualified_thing_is_that_things_list_not_the_qualifiers()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata", "msteams"), "取組事項の前提になっているデジタル三原則を挙げてください");

        Assert.StartsWith("【デジタル三原則とは】", answer);
        Assert.Contains("ワンスオンリー", answer);
    }

    [Fact]
    public async Task A_payment_service_the_plan_does_not_name_is_said_to_be_missing_not_answered_with_cashless_in_general()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "御前崎市の税金ってPayPayで払える？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("使える決済サービスの名前は、計画やこのボットの情報には書かれていません", answer);
        Assert.Contains("0537-85-1127", answer);
    }

    [Fact]
    public async Task A_payment_service_the_plan_names_is_answered()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"), "介護保険料ってLINE Payで払えますか");

        Assert.StartsWith("【市民税・県民税、介護保険料、市営住宅家賃などの納付】", answer);
        Assert.Contains("LINE Pay", answer);
    }

    [Fact]
    public async Task A_question_after_a_story_of_forms_written_again_and_again_is_answered_on_its_own_words()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima"),
            "来年の春に福岡に引っ越すことになりました。前に島の中で引っ越したときは、市役所のあと、電気やガス、銀行やらあちこちに同じような書類を何枚も書いて、すごく疲れたのを覚えています。引越しの手続きをまとめて一度に済ませられる仕組みがあるって聞いたんですけど、対馬市でもそういうのは使えるようになるんでしょうか？よろしくお願いします。");

        Assert.Contains("引越しワンストップ", answer);
    }

    [Fact]
    public async Task A_count_the_plan_does_not_give_is_said_to_be_missing_not_replaced_by_another_figure()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "半田市DX推進委員会は年に何回開催されていますか");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("「半田市DX推進委員会」の回数・人数などの数値は、計画やこのボットの情報には書かれていません", answer);
    }

    [Theory]
    [InlineData("handa", "半田市の市民プールの料金はいくら？")]
    [InlineData("namegata", "行方市で住民票を取るときの手数料はいくらですか")]
    public async Task A_fee_for_something_the_knowledge_does_not_name_is_not_answered_with_another_fee(string city, string question)
    {
        // The card's fee (「初めての交付は無料」) is an amount, but not the amount of what was asked.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
    }

    [Fact]
    public async Task Two_questions_about_the_citys_own_help_stay_one_answer_from_the_citys_entry()
    {
        // Read alone, each half reached a national guide on photos; the city's own free photo service answers both.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"), "カードの写真って自分で用意するんですか？市役所で撮ってもらえる？");

        Assert.Contains("無料", answer);
        Assert.Contains("五所川原市", answer);
    }

    [Theory]
    [InlineData("omaezaki", "申請書のハンコって押さなくてよくなるんですか？", "押印")]
    [InlineData("namegata", "前に出したのと同じ書類をまた窓口で出すのが面倒です。なんとかならないの？", "ワンスオンリー")]
    [InlineData("handa", "半田はマイナンバーカードを持ってる人が多いって本当？", "52.2%")]
    [InlineData("tsushima", "市はマイナンバーカードをどれくらいの人に持ってもらうつもりなの？", "県平均")]
    [InlineData("omaezaki", "市からのお知らせ、スマホに届くようにはできますか？", "LINE")]
    public async Task Residents_words_for_the_plans_terms_reach_the_entry_about_them(string city, string question, string expected)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.Contains(expected, answer);
    }

    [Fact]
    public async Task Late_at_night_is_answered_by_an_entry_giving_opening_hours()
    {
        // 「夜中でも」 wants an entry saying when the service runs; 「6時30分から23時まで」 says it as hours.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"), "夜中でも証明書とりたいんだけど、コンビニで出せるやつってある？");

        Assert.Contains("コンビニ", answer);
        Assert.Contains("6時30分から23時まで", answer);
    }

    [Theory]
    [InlineData("tsushima", "来月引っ越す予定なんだけど、役所とか電気とか色んな手続きを一回で済ませられる仕組みってある？", "引越しワンストップ")]
    [InlineData("omaezaki", "市からのお知らせをスマホで受け取れる方法ってありますか？回覧板だと見逃しちゃうので", "LINE公式アカウント")]
    [InlineData("goshogawara", "「行かなくていい市役所」って見たんだけど、結局いくつの手続きがネットでできるようになるの？", "200手続")]
    [InlineData("namegata", "うちの親はスマホ無理だから窓口じゃないとダメなんだけど、デジタル化したら窓口はなくなっちゃうの？", "オムニチャネル")]
    [InlineData("tsushima", "対馬の市役所でお金を払うとき、まだ現金だけなんですか？カードとかで払えるようにはならないんでしょうか", "電子決済")]
    public async Task Residents_words_reach_the_plans_terms(string city, string question, string expected)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.Contains(expected, answer);
    }

    [Theory]
    [InlineData("goshogawara", "土日にマイナンバーカードを受け取れる日、次はいつですか？", "の次回の日程は")]
    [InlineData("goshogawara", "五所川原市DX推進本部の本部長は誰ですか", "の担当する役職・人は")]
    [InlineData("handa", "保育園の入園申込みの締め切りっていつですか？", "「保育施設等の利用申込」の締め切りは")]
    public async Task A_date_a_post_holder_or_a_closing_date_the_plan_does_not_give_is_said_to_be_missing(string city, string question, string missing)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains(missing, answer);
    }

    [Fact]
    public async Task A_post_holder_the_plan_names_is_answered()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "デジタル化推進委員会のトップは誰？");

        Assert.Contains("副市長", answer);
    }

    [Theory]
    [InlineData("tsushima", "対馬のDXって結局なにするの？ざっくり教えて", "【対馬市の目指すDX")]
    [InlineData("namegata", "行方市のデジタル化の目標って、ひとことで言うと何？", "【行方市がDXで目指すもの")]
    public async Task The_plans_gist_is_answered_with_its_aims(string city, string question, string title)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.StartsWith(title, answer);
    }

    [Fact]
    public async Task What_the_city_does_for_residents_in_short_is_still_their_measures()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"), "行方市はこれからデジタルで何をしてくれるの？ざっくり教えて");

        Assert.Contains("マイナンバーカード", answer);
    }

    [Fact]
    public async Task The_cards_fee_is_still_answered_when_the_card_is_named()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "マイナンバーカードの手数料はいくらですか");

        Assert.Contains("無料", answer);
    }

    [Fact]
    public async Task By_when_is_answered_by_an_entry_stating_the_year()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "御前崎市ってネットで申請できる手続きふえるの？いつまでに？");

        Assert.Contains("2025年度", answer);
    }

    [Fact]
    public async Task A_target_asked_in_percent_is_the_target_not_the_rate_whose_keywords_say_percent()
    {
        // 「パーセント」 counted as a word of the subject, and the rate entry listing 「何パーセント」 among its keywords won.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "マイナンバーカードの交付率の目標は何パーセント？");

        Assert.StartsWith("【マイナンバーカード交付率の目標（90%）】", answer);
    }

    [Fact]
    public async Task How_many_procedures_is_answered_by_the_number_of_procedures()
    {
        // 「何件」 wanted a figure in 件; the plan counts procedures as 「25手続」, and every entry was refused.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima"), "国が決めた手続きのうち、オンラインでできるようにするのは何件？");

        Assert.Contains("25手続", answer);
    }

    [Fact]
    public async Task A_count_the_plan_gives_is_answered()
    {
        var bot = _services.Conversation("goshogawara");
        await BundledBotFixture.TextAsync(bot, "市のLINE公式アカウントについて知りたい");

        var answer = await BundledBotFixture.TextAsync(bot, "登録者は何人まで増やす予定？");

        Assert.Contains("2万", answer);
    }

    [Fact]
    public async Task A_target_asked_for_is_answered_by_the_entry_giving_its_figure()
    {
        // The entry about the LINE account matched the words best but gives no target; the SNS target entry does.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"), "五所川原市のLINE公式アカウントの登録者の目標は？");

        Assert.Contains("2万人", answer);
    }

    [Fact]
    public async Task Where_targets_are_set_is_not_answered_with_the_targets()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "御前崎市の計画の具体的な目標値はどこで定めるの？");

        Assert.StartsWith("【アクションプラン", answer);
    }

    [Theory]
    [InlineData("namegata", "行方市役所で、いろんな課をまわらずに1か所で手続きが終わるようになる？", "ワンストップ")]
    [InlineData("namegata", "市役所の手続き、毎回同じこと何枚も書くのめんどくさい😩 行方市はなんとかしてくれないの？", "書かない")]
    [InlineData("handa", "半田市で手続きするとき、いちいち書類をそろえて持っていくのが大変なんだけど、減らないの？", "添付書類")]
    [InlineData("omaezaki", "学生です。授業でアプリを作りたくて、御前崎市が持ってるデータを自由に使えたりしますか？", "オープンデータ")]
    [InlineData("handa", "住民票の手数料ってスマホ決済とかで払える？", "キャッシュレス")]
    [InlineData("goshogawara", "市役所行かなくていい時代くる？？🙏", "行かなくていい市役所")]
    [InlineData("namegata", "マイナンバーカードってほかのカードと一緒にできるようになるの？", "一体化")]
    [InlineData("handa", "半田市って議会の様子をネットで見られるようにするの？", "中継")]
    [InlineData("namegata", "市役所の職員さんって家で仕事したりするの？", "テレワーク")]
    [InlineData("namegata", "行方市でスマホの相談って、来てもらえたりする？足が悪くて出かけられない", "アウトリーチ")]
    [InlineData("goshogawara", "市役所に行かなくても済む手続き、最終的にいくつまで増やす予定？", "200手続")]
    [InlineData("goshogawara", "市民税をPayPayで払いたいんだけど、できる？", "電子収納")]
    [InlineData("goshogawara", "来月引っ越すんだけど、転出の手続きってネットでできる？", "転出")]
    [InlineData("namegata", "市が持ってるデータって、うちの会社の商売に使ってもいいんですか？", "営利")]
    [InlineData("omaezaki", "市のLINE公式アカウント友だち登録したけど、これで何してくれるの？", "電子申請")]
    [InlineData("namegata", "行方市ってなんでデジタル化してるの？人が減ってるから？", "人口減少")]
    [InlineData("goshogawara", "市のLINEで大事なお知らせがスマホに届くようにしてほしい", "プッシュ配信")]
    [InlineData("omaezaki", "市役所の人ってデジタル詳しいの？😅 勉強とかしてる？", "デジタル人材の確保")]
    [InlineData("tsushima", "対馬に住んでます。子どもの手当の手続き、役所に行かないでスマホからできるようになるって聞いたんだけどほんと？", "マイナンバーカードによるオンライン申請")]
    [InlineData("handa", "半田市の保育園で働いています。毎朝欠席の電話対応に追われていて、日報づくりも大変です。市は保育園の事務もデジタル化する予定はありますか？", "日報")]
    [InlineData("namegata", "窓口でもネットでも手続きできるようにするってこと？行方市のオムニなんとかって何？", "オムニチャネル")]
    public async Task A_residents_phrase_for_a_plan_concept_finds_that_concept(string city, string question, string concept)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.Contains(concept, answer);
    }

    [Fact]
    public async Task A_busy_counter_told_while_asking_whether_things_will_change_is_a_question_about_the_plan()
    {
        // 「混んでる」 read as asking today's queue, which no plan states, so nothing answered.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"), "市役所の会計課の窓口がいつも混んでる。現金じゃなくて払えるようにならないの？");

        Assert.Contains("電子収納", answer);
    }

    [Theory]
    [InlineData("まいなんばーかーど つくると なにか いいこと あるの？ たいまし です")]
    [InlineData("マイナンバーカードつくると対馬では何がいいの？")]
    public async Task Anything_good_about_making_the_card_is_its_uses(string question)
    {
        // 「つくる」 made it the card's application guide (or the card's menu), with the national difference between
        // number and card first.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima"), question);

        Assert.Contains("【マイナンバーカードでできること", answer);
    }

    [Fact]
    public async Task Whether_one_must_have_the_card_is_answered_it_is_voluntary()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"), "マイナンバーカードって何の役に立つの？持ってないとダメ？");

        Assert.Contains("義務ではありません", answer);
    }

    [Fact]
    public async Task The_citys_card_entry_answering_best_leads_even_when_filed_under_another_topic()
    {
        // Read as the card's application, the city's entry on attachments saved (filed under uses) was never shown.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "マイナンバーカードを作ると、手続きのときに出す書類が減るってほんと？");

        Assert.Contains("添付書類", answer);
    }

    [Fact]
    public async Task Until_which_year_the_plan_runs_is_its_period()
    {
        // The plan's purpose (which recalls a plan of 2007) matched the plan's name best and answered.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "御前崎市のDX推進計画は何年までですか");

        Assert.StartsWith("【計画の期間", answer);
    }

    [Fact]
    public async Task A_kana_word_the_synonyms_know_is_no_unknown_subject()
    {
        // ばあちゃん, read by MeCab as a kana noun no entry writes, made the question's subject unknown.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"), "行方市で、ばあちゃんのスマホの相談に来てくれるようなのある？");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("相談", answer);
    }

    [Fact]
    public async Task Until_when_the_plan_runs_asked_in_spaced_kana_is_its_period()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"), "なめがたし の でじたる の ほうしん って いつまで？");

        Assert.Contains("令和8年3月", answer.Split('\n')[1]);
    }

    [Fact]
    public async Task Again_and_again_is_not_a_count()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "同じ内容の書類を何回も出すの、御前崎市でもなくなりますか");

        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
    }

    [Fact]
    public async Task Waiting_at_the_counter_asked_about_the_plan_is_answered_from_it()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"), "五所川原の市役所、待ち時間長いのなんとかなる予定ある？");

        Assert.Contains("待たない", answer);
    }

    [Fact]
    public async Task A_rank_asked_is_answered_by_the_entry_stating_the_rank()
    {
        // The issuance-rate target (no rank in it) tied with the entry saying 県内1位, and won.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "半田市ってマイナカードの普及すごいって聞いた！県で何番目？");

        Assert.Contains("1位", answer);
    }

    [Fact]
    public async Task An_age_the_knowledge_never_states_is_not_answered_with_an_entry_sharing_the_subjects_words()
    {
        // 医療費 matched the e-Tax entry's 医療費控除, which states no age.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "半田市の子ども医療費助成は何歳まで？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
    }

    [Fact]
    public async Task Once_said_as_ikkai_is_the_once_only_principle()
    {
        // The plan's ワンスオンリー is 「一度出した情報」; residents say 一回, and nothing was found.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"), "一回市役所に出した情報を、また別の手続きで出さなくてよくなる？");

        Assert.Contains("ワンスオンリー", answer);
    }

    [Fact]
    public async Task The_childs_allowance_in_residents_words_is_the_child_allowance()
    {
        // 「子どもの手当」 was no synonym of 児童手当: the survey of internet use answered 「ネットでできたら」.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "子どもの手当の申請、ネットでできたら楽なんだけどな〜");

        Assert.Contains("児童手当", answer.Split('\n')[0]);
    }

    [Fact]
    public async Task Help_with_a_smartphone_asked_in_spaced_hiragana_reaches_the_support_programmes()
    {
        // Read as 「手伝って もらえますか」, the space kept 「手伝ってもらえ」 from being seen: the card guide answered.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima"), "おとしよりが すまほで てつづきするのを てつだって もらえますか");

        Assert.Contains("デジタル活用支援", answer.Split('\n')[0]);
    }

    [Fact]
    public async Task A_card_question_the_citys_own_entry_answers_better_leads_with_it()
    {
        // The national application guides came first and the city's 地域振興券 last, after two bubbles that do not answer.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"), "マイナンバーカード申請したら何かもらえるって聞いたんだけど");

        Assert.StartsWith("■五所川原市の取組\n【マイナンバーカードを申請しない理由と市の対策（地域振興券）】", answer);
    }

    [Theory]
    // ごみ is in hiragana, which the search took for endings: 料金 answered with the water bill, 収集 with the LINE news.
    [InlineData("namegata", "行方市の粗大ごみの出し方と料金を教えて")]
    [InlineData("omaezaki", "御前崎市のごみ収集の曜日を教えて")]
    [InlineData("namegata", "燃えるごみの収集日は何曜日？")]
    public async Task Household_waste_the_plans_never_mention_is_not_answered_with_a_neighbouring_entry(string city, string question)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
    }

    [Theory]
    // A compound typed whole in kana: read word by word, 健康 and 保険 matched the list of standardised systems.
    [InlineData("goshogawara", "まいなんばーかーどで けんこうほけんしょうに なるの？")]
    // A long vowel typed without its う.
    [InlineData("namegata", "なめがたしで マイナンバーカードを ほけんしょに できますか")]
    public async Task A_health_insurance_card_typed_in_kana_is_read_as_the_word(string city, string question)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.Contains("健康保険証", answer);
    }

    [Fact]
    public async Task A_service_the_knowledge_never_names_is_not_answered_with_a_fee_of_something_else()
    {
        // 「粗大ごみ」 ends in kana: whose 料金 it is was not seen, and the card's fee answered.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima"), "粗大ごみの料金は？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
    }

    [Theory]
    [InlineData("カードをなくしました")]
    [InlineData("マイナンバーのカードをなくしました、どこに連絡すればいい？")]
    [InlineData("マイナンバー　３１４１　５９２６　５３５８　のカードをなくしました、どこに連絡すればいい？")]
    public async Task A_card_lost_without_naming_it_in_full_is_the_my_number_card(string question)
    {
        // Searched as 「カード」 alone, the card's promotion entry answered and the hotline was never given; with the
        // number beside 「マイナンバー」, masking took the word with the number and left 「のカードを…」.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), question);

        Assert.Contains("0120-95-0178", answer);
        Assert.DoesNotContain("５３５８", answer);
        Assert.DoesNotContain("5358", answer);
    }

    [Fact]
    public async Task A_result_for_a_year_the_plan_gives_no_figure_for_is_said_to_be_missing()
    {
        // The entry gives 令和2年度's hours and 令和7年度's target: neither is 令和6年度's result.
        var bot = _services.Conversation("handa");

        var missing = await BundledBotFixture.TextAsync(bot, "RPAによる削減時間の令和6年度の実績は何時間でしたか");
        var given = await BundledBotFixture.TextAsync(bot, "RPAによる削減時間の令和2年度の実績は？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, missing);
        Assert.Contains("2,324", given);
    }

    [Theory]
    [InlineData("市役所に行かなくても手続きできるようにするって本当？")]
    [InlineData("市役所に行かなくても手続きできるようにするって、夜中とかでもいいの？")]
    [InlineData("仕事で平日に市役所行けないです。ネットで手続きできる？")]
    public async Task Online_at_any_hour_in_residents_words_is_answered(string question)
    {
        // 「本当」 and 「夜中」 are no words of the plan: they sank the entry under the confidence bar.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), question);

        Assert.Contains("24時間", answer);
    }

    [Theory]
    [InlineData("namegata", "行方市はこれからデジタルで何をしてくれるの？ざっくり教えて")]
    [InlineData("tsushima", "対馬市ってこれからデジタルで何か便利になるの？👀")]
    public async Task What_the_city_will_do_for_residents_in_their_words_is_the_residents_summary(string city, string question)
    {
        // Only 「デジタル」 is a content word here: every entry about digital covered it all, and 【デジタルデバイドとは】
        // won on the search score. The summary lists the resident's phrase (何をしてくれる, 便利になる) as a keyword.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.Contains("マイナンバーカード", answer);
        Assert.DoesNotContain("デジタルデバイドとは", answer);
    }

    [Fact]
    public async Task Paying_the_water_bill_by_qr_code_is_answered_with_the_unified_qr_code()
    {
        // The QR entry did not say the water and sewage bills were among the 公金 paid through eLTAX.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"), "行方市 水道代 QRコードで払える？");

        Assert.Contains("地方税統一QRコード", answer);
        Assert.Contains("水道料金", answer);
    }

    [Fact]
    public async Task What_the_citys_line_account_sends_is_the_information_entry_not_applying_through_it()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "御前崎市のLINEってある？何が届くの？");

        Assert.StartsWith("【市LINE公式アカウントでの情報発信", answer);
    }

    [Fact]
    public async Task Todays_waiting_time_in_minutes_is_not_answered_with_a_plan_entry()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "いま市民課の窓口って何分待ちくらい？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
    }

    [Theory]
    [InlineData("My mother is not used to smartphones. Is there any help with online services for her?")]
    [InlineData("I moved here from abroad. Where can I get help using my smartphone for city procedures?")]
    public async Task An_english_resident_who_struggles_with_smartphones_gets_the_support_programmes(string question)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"), question);

        Assert.Contains("Outreach", answer);
    }

    [Fact]
    public async Task A_long_message_about_a_parent_struggling_with_a_smartphone_reaches_the_support_programmes()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"),
            "80歳の父がスマホに変えたんですが使い方がさっぱりみたいで…。家の近くとかで教えてもらえるサービスってありますか？出かけるのも大変なので");

        Assert.Contains("デジタル活用支援", answer);
    }

    [Theory]
    [InlineData("handa", "母が最近スマホを買ったのですが、使い方がよくわからないようです。私もずっとは付き合えないので、市で教えてもらえる場はありますか")]
    [InlineData("omaezaki", "祖父がスマホで困っています。市で手伝ってもらえますか")]
    public async Task Struggling_with_a_smartphone_in_other_words_reaches_the_support_programmes(string city, string message)
    {
        // 「ずっとは」 was read as 「〜とは？」 (a definition) and 「スマホで」 as an online procedure.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), message);

        Assert.Contains("デジタル活用支援（スマホ教室・相談会など）", answer.Split('\n')[0]);
    }

    [Fact]
    public async Task A_long_message_naming_procedures_it_wants_online_is_answered_about_them()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"),
            "はじめまして。夫の仕事の都合で今年の夏に五所川原に越してきました。まだ知り合いも少なくて不安です。下の子が来年から保育園なので、保育園の申し込みとか児童手当とか、ネットでできたら助かるんですけど、できますか？");

        // Once 「知り合いも少なくて不安」 made it a question of its own, and nothing answered it.
        Assert.Contains("児童手当", answer);
        Assert.Matches("マイナポータル|ぴったりサービス|電子申請", answer);
    }

    [Fact]
    public async Task A_question_after_a_complaint_is_routed_by_what_it_asks()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"),
            "証明書を取るたびに仕事を休んで市役所に行くのはもう無理…市はネットでできる手続きを増やすの？");

        // The complaint's words (証明書, 仕事, 市役所) made it a search that found nothing.
        Assert.Contains("100%", answer);
    }

    [Theory]
    [InlineData("tsushima", "対馬市のデジタル化って、わたしたち住民には結局なにがいいの？")]
    [InlineData("goshogawara", "五所川原市はこれからデジタルで市民に何をしてくれるんですか")]
    public async Task What_the_plan_changes_for_residents_is_answered_with_the_initiatives_not_the_vision(string city, string question)
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation(city), question);

        Assert.Contains("市民の暮らしはどう変わりますか", answer.Split('\n')[0]);
        Assert.Contains("マイナンバーカード", answer);
        Assert.Contains("オンライン", answer);
    }

    [Fact]
    public async Task Whether_applying_online_is_safe_is_answered_from_the_plan()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), "ネットで申請して個人情報がもれたりしない？ちょっと怖いです");

        Assert.Contains("安全", answer.Split('\n')[0]);
        Assert.Contains("本人確認", answer);
    }

    [Fact]
    public async Task Fear_of_being_left_behind_reaches_the_support_programmes()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "スマホもパソコンもないので、デジタル化で置いていかれそうで心配です");

        Assert.Contains("デジタル活用支援", answer);
    }

    [Fact]
    public async Task A_list_of_procedures_answered_from_the_knowledge_is_narrowed_to_a_group()
    {
        var bot = _services.Conversation("tsushima");
        await BundledBotFixture.TextAsync(bot, "オンライン申請できるようになる手続きを教えてください");

        var answer = await BundledBotFixture.TextAsync(bot, "そのうち介護関係はどれ？");

        Assert.Contains("要介護", answer);
    }

    [Fact]
    public async Task A_quoted_slogan_is_answered_by_its_entry_whatever_else_the_message_says()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"), "「行かなくていい市役所」って広報に書いてあったけど、どういうこと？");

        Assert.Contains("行かなくていい市役所", answer.Split('\n')[0]);
    }

    [Fact]
    public async Task Hanko_is_read_as_the_plans_seal()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "ハンコを押さなくていい手続きは増えますか");

        Assert.Contains("押印", answer);
    }

    [Fact]
    public async Task Residents_words_for_the_water_bill_are_the_plans_water_charges()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("namegata"), "水道代もネットで払えるようになる？");

        Assert.Contains("水道料金", answer.Split('\n')[0]);
    }

    [Fact]
    public async Task Paypay_is_read_as_cashless_payment()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("tsushima"), "対馬市役所の支払いってまだ現金だけ？paypayとか使えるようになる？😅");

        Assert.Contains("キャッシュレス", answer);
    }

    [Fact]
    public async Task An_english_question_the_layer_has_no_text_for_gets_the_citys_entry_in_english()
    {
        // The English layer has no open-data text: the Japanese entry was quoted under 「in Japanese only」 until the
        // entries had English versions of their own.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "Does Omaezaki publish open data that anyone can use?");

        Assert.StartsWith("The city will expand open data (オープンデータ)", answer, StringComparison.Ordinal);
        Assert.Contains("In Japanese: 【オープンデータの拡充】", answer);
        Assert.Contains("Source: 御前崎市DX推進計画 3-3 1(3)", answer);
        Assert.DoesNotContain("Japanese only", answer);
    }

    [Theory]
    [InlineData("Can I read the Handa city website in other languages?")]
    [InlineData("I don't read Japanese well. Does the city website have my language?")]
    public async Task An_english_question_on_the_websites_languages_gets_the_citys_entry_on_them(string question)
    {
        // 「website」 made it a question about online procedures, answered with the online-procedure target.
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("handa"), question);

        Assert.Contains("外国語", answer);
        Assert.DoesNotContain("22.5%", answer);
    }

    [Fact]
    public async Task Staff_asking_for_a_list_get_the_plans_overview_not_one_item()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki", "teams"), "重点項目は何がありますか");

        Assert.Contains("一覧", answer);
        Assert.Contains("オンライン化", answer);
        Assert.Contains("マイナンバーカード", answer);
        Assert.Contains("テレワーク", answer);
    }

    [Fact]
    public async Task A_complaint_about_crowded_counters_before_asking_for_a_booking_gets_the_booking()
    {
        var bot = _services.Conversation("tsushima");

        var booking = await BundledBotFixture.TextAsync(bot, "市役所の窓口、いつ行っても混んでて待たされる。。行く時間を先に決めておけたりしないの？");
        var now = await BundledBotFixture.TextAsync(bot, "窓口って今混んでますか？");

        Assert.StartsWith("【オンラインでの来庁予約・施設予約】", booking);
        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, now);
        Assert.Contains("現在の状況", now);
    }

    [Fact]
    public async Task A_fee_for_a_convenience_store_certificate_is_not_the_certificate_renewals_fee()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "御前崎市でコンビニで住民票を取るときの手数料はいくらですか？");

        Assert.StartsWith(KnowledgeAnswerStrings.NotFoundOpening, answer);
        Assert.Contains("金額", answer);
        Assert.DoesNotContain("手数料はかかりません", answer);
    }

    [Fact]
    public async Task The_cards_fee_is_still_told_from_the_sentence_stating_it()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"), "マイナンバーカードの手数料はいくら？");

        Assert.Contains("無料", answer);
        Assert.DoesNotContain(KnowledgeAnswerStrings.NotFoundOpening, answer);
    }

    [Fact]
    public async Task Being_bad_at_writing_forms_is_no_struggle_with_a_smartphone()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("goshogawara"), "申請書書くのほんと苦手…五所川原の市役所って書かなくていい窓口あるって聞いたんだけど");

        Assert.StartsWith("【書かない窓口", answer);
        Assert.DoesNotContain("スマホ相談会", answer);
    }

    [Fact]
    public async Task Feeling_left_behind_by_smartphone_procedures_reaches_the_support_programmes()
    {
        var answer = await BundledBotFixture.TextAsync(_services.Conversation("omaezaki"),
            "七十を過ぎた年寄りです。孫にスマホを持たされましたが電話しか使えません。御前崎市は私らのような者を置いてけぼりにするつもりですか。");

        Assert.Contains("デジタル活用支援", answer);
    }
}
