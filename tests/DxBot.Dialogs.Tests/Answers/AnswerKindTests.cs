using DxBot.Dialogs.Answers;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Answers;

public sealed class AnswerKindTests
{
    private static KnowledgeEntry Entry(string body) => new("handa#1", "住民票などのコンビニ交付", body, new Citation("半田市DX推進計画", "第三章")) { CityId = "handa" };

    [Theory]
    [InlineData("市役所に行かなくても手続きできるようにするって、夜中とかでもいいの？")]
    [InlineData("土日でも申請できますか")]
    public void Whether_it_works_at_night_or_at_the_weekend_needs_an_entry_saying_when(string question)
    {
        Assert.False(AnswerKind.Answers(question, Entry("市役所の窓口に行かなくても証明書を取得できるサービスです。")));
        Assert.True(AnswerKind.Answers(question, Entry("オンライン申請なら24時間365日、自宅から手続きできます。")));
    }

    [Theory]
    [InlineData("opening hours", "コンビニで夜中でも取れますか", "利用できる時間は6時30分から23時までです。", true)]
    [InlineData("a clock time asked, a round-the-clock service stated", "土日に受け取るとき、受付は何時から何時までですか？", "一時利用停止の受付は24時間365日行っています。", false)]
    [InlineData("hours asked, hours stated", "RPAで年間何時間削減できましたか", "RPAによる業務の削減時間は年間2,324時間でした。", true)]
    [InlineData("an amount asked in dialect, none stated", "コンビニで住民票ば取ったら手数料なんぼかかると？", "コンビニで住民票の写しを取得できます。", false)]
    [InlineData("opening hours say nothing of Sundays", "土日でも取れますか", "利用できる時間は6時30分から23時までです。", false)]
    [InlineData("no いくら in ないくらい", "暇もないくらいで、改善する気はありますか", "窓口の手続を見直す計画です。", true)]
    [InlineData("a post's holder", "推進本部の本部長は誰ですか", "推進本部は本部会議・幹事会・部会の3層で動きます。", false)]
    [InlineData("a post's holder named", "委員会のトップは誰？", "委員会のトップは副市長です。", true)]
    [InlineData("a closing date", "入園申込みの締め切りは？", "令和7年度にオンライン化率100%を目指します。", false)]
    [InlineData("the next date", "次回はいつですか", "土日に窓口を開けて交付しています。", false)]
    [InlineData("the next date of a course, a decision's date in another sentence", "ICT講座の次の日程は？", "令和2年12月25日に実行計画が閣議決定されました。ICT講座を開きます。", false)]
    [InlineData("the next date of a course, stated of it", "ICT講座の次の日程は？", "次回のICT講座は7月12日に開きます。", true)]
    [InlineData("the venue, none named", "スマホ講座の会場はどこの公民館ですか", "スマホ講座を開いて、高齢者の相談にのります。", false)]
    [InlineData("the venue named", "スマホ講座の会場はどこの公民館ですか", "スマホ講座は中央公民館で開きます。", true)]
    [InlineData("since when, a cited document's date only", "書かない窓口はいつから始まりますか", "書かない窓口など窓口の改革を進めます。(出典)第33次地方制度調査会(2023年(令和5年)4月11日)", false)]
    [InlineData("points asked, none stated", "自治体マイナポイントって一人何ポイントもらえるんですか", "自治体マイナポイント事業を推進し、地域経済を元気にします。", false)]
    [InlineData("points stated", "自治体マイナポイントって一人何ポイントもらえるんですか", "一人あたり5,000ポイントを給付します。", true)]
    [InlineData("a baseline in 万", "SNSの登録人数の現状値は？", "令和4年4月1日時点で、市のSNSの登録人数は1.4万人でした。", true)]
    [InlineData("a count of other things", "オープンデータは何件公開していますか", "施策は3つの方針と14の施策に分かれます。", false)]
    [InlineData("a count of what is asked", "オープンデータは何件公開していますか", "オープンデータを45件公開しています。", true)]
    [InlineData("procedures counted as 件", "オンラインでできるのは何件？", "令和7年度までに200手続をオンライン化します。", true)]
    [InlineData("the office not named", "書かない窓口はどの課でやってますか", "職員が申請書を作り、市民は手書きしなくて済みます。", false)]
    [InlineData("the office named", "書かない窓口はどの課でやってますか", "市民課の窓口で、職員が申請書を作ります。", true)]
    [InlineData("a part is no department", "どこの窓口でできますか", "一部の窓口で実施しています。", false)]
    [InlineData("people asked, a share stated", "テレワークをした職員は何人ですか", "実施可能な業務での実施率100%を目指します。", false)]
    [InlineData("people asked and stated", "テレワークをした職員は何人ですか", "令和3年度は延べ120人が実施しました。", true)]
    [InlineData("a share asked as 割", "何割の人が持っていますか", "交付率は18.2%です。", true)]
    [InlineData("a fee said of what is asked", "コンビニで住民票を取るときの手数料はいくらですか", "コンビニで住民票を取る手数料は200円です。", true)]
    [InlineData("a target is no baseline", "実施率の現状値は何％ですか", "令和7年度末までに実施率100%を目指します。", false)]
    [InlineData("a baseline stated", "オンライン化率の現状値は？", "令和3年5月末時点の22.5%から、令和7年度に100%にします。", true)]
    [InlineData("a count asked as いくつくらい", "最終的にいくつくらいの手続きがネットでできるようになるの？", "いつでもどこでも手続ができる市役所を目指します。", false)]
    [InlineData("a count asked as いくつくらい, stated", "最終的にいくつくらいの手続きがネットでできるようになるの？", "令和7年度までに200手続をオンライン化します。", true)]
    [InlineData("a weekday asked, a holiday counter only mentioned", "休日に受け取れるのは何曜日ですか", "休日窓口などの具体的な方法は書かれていません。", false)]
    [InlineData("a weekday named", "休日に受け取れるのは何曜日ですか", "毎月第2日曜日に窓口を開けます。", true)]
    [InlineData("a start of another measure", "書かない窓口はいつから始まりますか", "電子申請は令和5年度に始めました。書かない窓口も進めます。", false)]
    [InlineData("a start of what is asked", "書かない窓口はいつから始まりますか", "書かない窓口は令和6年度に始めました。", true)]
    [InlineData("a start asked in words the entry never uses", "いつからいつまでの集計？", "削減時間は令和3年4月から令和4年2月までで900時間でした。", true)]
    [InlineData("a venue not written", "出張申請は次はどこの公民館に来ますか", "出張申請を行います。会場は計画には書かれていません。", false)]
    [InlineData("a venue named", "出張申請は次はどこの公民館に来ますか", "出張申請は池新田公民館で行います。", true)]
    [InlineData("an app's name not given", "欠席連絡に使うアプリの名前は？", "欠席連絡をアプリなどでオンライン化します。", false)]
    [InlineData("how to install not said", "アプリのダウンロードのしかたを教えて", "欠席連絡をオンライン化します。", false)]
    [InlineData("an account's ID not given", "LINE公式アカウントのIDを教えてください", "市はLINE公式アカウントで情報を発信します。", false)]
    [InlineData("an account's ID given", "LINE公式アカウントのIDを教えてください", "LINE公式アカウント（ID: @omaezaki_city）で発信します。", true)]
    [InlineData("a password not given", "Wi-Fiのパスワードは？", "庁舎に公衆Wi-Fiを整備します。", false)]
    [InlineData("a capacity asked, a target of participants stated", "スマホ講座の1回の定員は何人ですか", "市民向け講座の参加者を累計400人にする目標です。", false)]
    [InlineData("a capacity stated", "スマホ講座の1回の定員は何人ですか", "各回の定員は10人です。", true)]
    [InlineData("a course fee asked, none stated", "スマホ講座の受講料はかかりますか", "スマホ講座を開いて、高齢者の相談にのります。", false)]
    [InlineData("a course free of charge", "スマホ講座の受講料はかかりますか", "スマホ講座は無料で受講できます。", true)]
    [InlineData("a difference asked, none drawn", "マイナンバーとマイナンバーカードの違いは？", "マイナンバーカードの普及を進めます。", false)]
    [InlineData("a difference drawn", "マイナンバーとマイナンバーカードの違いは？", "番号は全員にありますが、カードは申請した人に交付される点が違います。", true)]
    [InlineData("opening hours told in the story, not asked", "平日は市役所が開いてる時間に行けないので、家から手続きできるようになりますか", "家から手続きできるようにする計画です。", true)]
    [InlineData("opening hours asked", "市役所って土曜も開いてますか", "家から手続きできるようにする計画です。", false)]
    [InlineData("a number of staff asked, a shortage of others stated", "デジタル課の職員数は何人ですか", "全国で79万人のデジタル人材が不足するおそれがあります。", false)]
    [InlineData("a number of trainees asked and stated", "職員研修の受講者数は何人？", "職員研修の受講者数を150人にします。", true)]
    [InlineData("anywhere at any time is when", "夜とかでも手続きできる？", "時間や場所にとらわれずに手続きできるようにします。", true)]
    [InlineData("paying asked, applying stated", "スマホで支払いできるようになりますか", "児童手当の申請、未支払の手当の請求がスマホでできます。", false)]
    [InlineData("paying asked and stated", "スマホで支払いできるようになりますか", "電子マネーで支払えるようにします。", true)]
    [InlineData("which service asked, none named", "PayPayとかd払いとか、具体的にどれが使えるの？", "キャッシュレス決済を広げていく計画です。", false)]
    [InlineData("a year to reach is a deadline", "全部ネットでできるようになるの？いつまでに？", "令和3年5月末時点の22.5%から、令和7年度に100%にすることを目標にしています。", true)]
    [InlineData("a year since is no deadline", "全部ネットでできるようになるの？いつまでに？", "令和2年度から電子マネーで支払えるようになりました。", false)]
    [InlineData("how many people, none stated", "LINEって今どれくらいの人が登録してるの？", "市のLINE公式アカウントの機能を広げています。", false)]
    [InlineData("how many people, stated", "LINEって今どれくらいの人が登録してるの？", "登録人数は1.4万人でした。", true)]
    [InlineData("a phone number asked, none given", "市役所の代表電話番号を教えてください", "担当課の名前や電話番号は載っていないため、市役所の代表窓口でご確認ください。", false)]
    [InlineData("the national hotline is no number of the city's", "半田市の電話番号は？", "まずマイナンバー総合フリーダイヤル 0120-95-0178 に電話してください。", false)]
    [InlineData("the city's office called", "半田市の電話番号は？", "半田市 デジタル課（電話 0569-21-3111）にお問い合わせください。", true)]
    [InlineData("a web address asked, none given", "来庁予約のサイトのURLを教えてください", "オンラインでの窓口来庁予約が主な取組に挙げられています。", false)]
    [InlineData("a tax rate asked, the tax only named", "国民健康保険税の税率を教えて", "標準化の対象は固定資産税、個人住民税、国民健康保険などの20業務です。", false)]
    [InlineData("the card brands asked, cashless only described", "電子申請で使えるクレジットカードのブランドは何ですか？", "キャッシュレス決済は、クレジットカードや電子マネーなどで支払う方法です。", false)]
    [InlineData("a payment service named, cashless only described", "市の税金ってPayPayで払える？", "市は、クレジットカードや電子マネーなどで支払えるキャッシュレス決済を進めます。", false)]
    [InlineData("the payment service named is the one stated", "介護保険料ってLINE Payで払えますか", "一部の納付書はコンビニエンスストアやLINE Payで支払えます。", true)]
    [InlineData("another service named than the one stated", "介護保険料はPayPayで払えますか", "一部の納付書はコンビニエンスストアやLINE Payで支払えます。", false)]
    [InlineData("which app asked, none named", "どのQRコード決済アプリが使えますか？", "キャッシュレス決済の導入を検討し、対象業務を広げていく計画です。", false)]
    [InlineData("every app asked for after examples, none named", "窓口の支払いでPayPayとかd払いって使えますか？使える決済アプリを全部教えてほしいです", "キャッシュレス決済の導入を検討し、対象業務を広げていく計画です。", false)]
    [InlineData("the kinds of payment asked, none named", "窓口ではPayPayとか使えますか？使えるキャッシュレス決済の種類を全部教えて", "キャッシュレス決済の導入を検討し、対象業務を広げていく計画です。", false)]
    [InlineData("a payment service as an example only", "PayPayとかで払えるようになりますか", "キャッシュレス決済の導入を検討し、対象業務を広げていく計画です。", true)]
    [InlineData("how many people there are, only the service described", "コンビニで住民票とか取ってる人ってどのくらいいるの？", "マイナンバーカードがあれば全国のコンビニで住民票を受け取れます。", false)]
    [InlineData("how many people there are, a share stated", "コンビニで住民票とか取ってる人ってどのくらいいるの？", "コンビニ交付率を18.2%から43.6%に高める目標です。", true)]
    [InlineData("a service named, its kind stated", "市民税をPayPayで払いたいんだけど、できる？", "QRコード決済などの電子決済には対応していないため、電子収納を導入する計画です。", true)]
    [InlineData("a service given as an example of the kind asked", "住民票の手数料、PayPayみたいなキャッシュレスで払えるようになる？", "証明書の発行手数料にもキャッシュレス決済を広げていく計画です。", true)]
    [InlineData("a service given as an example, no kind named", "市役所の窓口でPayPayとか使えるようになる？", "手数料などにキャッシュレス決済を導入する計画です。", true)]
    [InlineData("a fee for something else", "市民プールの料金は？", "はじめてマイナンバーカードの交付を受けるときの手数料は無料です。", false)]
    [InlineData("paying a fee is no amount asked", "市の施設の使用料ってキャッシュレスで払えるようになるんですか", "施設の使用料のキャッシュレス化を進めます。", true)]
    [InlineData("since when, only why not yet", "いつからネットで請求できるようになりますか？", "電子収納に市がまだ対応していないため、オンライン化されていません。", false)]
    [InlineData("since when, a year given", "いつからネットで請求できるようになりますか？", "電子収納は令和5年度中の導入を掲げています。", true)]
    [InlineData("what is needed, only the service named", "コンビニで証明書もらうには何が必要？", "方針はマイナンバーカードの活用場面の例としてコンビニ交付を挙げています。", false)]
    [InlineData("what is needed, the PIN stated", "コンビニで証明書もらうには何が必要？", "利用には4桁の暗証番号が必要です。", true)]
    [InlineData("since when, a date it started from", "市役所ってテレワークしてるの？いつから？", "市は2020年5月（令和2年5月）から在宅勤務を行っています。", true)]
    [InlineData("since when, only the year it is to take root", "市役所ってテレワークしてるの？いつから？", "工程表は、令和7年度のテレワークの定着へと進む流れです。", false)]
    [InlineData("how far, no figure", "マイナカード、どれくらいまで増やすつもりなの？", "市はカードの普及を進めます。", false)]
    [InlineData("how far, a share", "マイナカード、どれくらいまで増やすつもりなの？", "交付率を令和7年度末に90%にする目標です。", true)]
    [InlineData("how far it is raised, today's rate only", "マイナカード、どこまで増やすつもりなの？", "交付率は令和4年1月末時点で52.2%でした。", false)]
    [InlineData("how far it falls, an estimate", "生産年齢人口は2025年にどのくらいまで減る見込み？", "2025年には約12,000人まで減る見込みです。", true)]
    [InlineData("how many people, a share set against an average", "マイナカードってどのくらいの人に持ってもらう目標？", "取得率が長崎県平均を上回ることを目標にしています。", true)]
    [InlineData("how many people, everyone holding it", "マイナカードってどのくらいの人に持ってもらう目標？", "すべての住民がマイナンバーカードを持つことを目指します。", true)]
    [InlineData("how many people, all residents only served", "講座はどのくらいの人数を目標にしてますか", "すべての市民がその便利さを受けられるよう講座を開きます。", false)]
    [InlineData("how far, a target set against an average", "マイナカード持っとる人、どれくらいまで増やすつもりなん？", "取得率が長崎県平均を上回ることを目標にしています。", true)]
    [InlineData("the month it starts, a year only", "水道料金がeLTAXで払えるようになるのは何年何月からですか？", "水道料金と下水道使用料もeLTAXで納付できるようにする方針で、令和7年度までに進めます。", false)]
    [InlineData("the month it starts, given", "水道料金がeLTAXで払えるようになるのは何年何月からですか？", "令和6年4月から水道料金をeLTAXで納付できます。", true)]
    [InlineData("how long before to apply, the service only described", "出張申請は何日前までに申し込めばいい？", "職員が企業や団体に出向いて申請を受け付けます。", false)]
    [InlineData("how long before to apply, given", "出張申請は何日前までに申し込めばいい？", "希望日の14日前までに電話でお申し込みください。", true)]
    [InlineData("the count the question gives is not the one asked", "国が指定した31手続のうち、市が取り組むのは何手続？", "国は31手続のオンライン化を求めています。", false)]
    [InlineData("the count asked, beside the one the question gives", "国が指定した31手続のうち、市が取り組むのは何手続？", "市は31手続のうち25手続に取り組みます。", true)]
    [InlineData("still running in a year to come, no period", "この計画って令和9年になってもまだ続いてるんですか？", "計画は令和4年10月に策定されました。", false)]
    [InlineData("still running in a year to come, the period", "この計画って令和9年になってもまだ続いてるんですか？", "計画期間は令和4年度から令和7年度までです。", true)]
    [InlineData("a number to call asked in passing, none given", "推進本部に直接電話したいんだけど、番号は？", "進行管理を担うのは推進本部です。電話番号は載っていません。", false)]
    [InlineData("who is on top, a post named", "DXって市役所で誰が一番上で仕切ってるの？", "副市長（CIO）が委員会のトップを務めます。", true)]
    [InlineData("who is on top, the body only described", "DXって市役所で誰が一番上で仕切ってるの？", "委員会は全庁で取組を進めます。", false)]
    public void A_kind_of_fact_asked_needs_an_entry_stating_it(string why, string question, string body, bool answers)
    {
        Assert.True(answers == AnswerKind.Answers(question, Entry(body)), why);
    }

    [Fact]
    public void A_fee_answers_for_what_its_own_sentence_or_the_entry_names()
    {
        var renewal = new KnowledgeEntry("national#9", "電子証明書の有効期限と更新", "有効期限は5回目の誕生日までです。切れるとコンビニ交付も使えなくなります。有効期限の3か月前から更新でき、手数料はかかりません。", new Citation("国", "総合サイト"));

        Assert.False(AnswerKind.Answers("コンビニで住民票を取るときの手数料はいくらですか", renewal));
        Assert.True(AnswerKind.Answers("電子証明書の更新の手数料はいくら？", renewal));
    }

    [Theory]
    [InlineData("登録者の目標は？", false)]
    [InlineData("目標値はどこで定めるの？", true)]
    public void A_target_figure_asked_for_needs_an_entry_giving_a_figure(string question, bool answeredWithoutFigure)
    {
        Assert.Equal(answeredWithoutFigure, AnswerKind.Answers(question, Entry("市のLINE公式アカウントの機能を広げ、情報発信を強めています。")));
        Assert.True(AnswerKind.Answers(question, Entry("登録者を令和7年度に2万人まで増やすことを目標にしています。")));
    }

    [Fact]
    public void A_rate_asked_as_how_much_needs_an_entry_giving_a_rate()
    {
        const string question = "御前崎市のマイナンバーカードの交付率は今どのくらいですか";

        Assert.False(AnswerKind.Answers(question, Entry("すべての市民にカードが行き渡ることを目指すとしています。")));
        Assert.True(AnswerKind.Answers(question, Entry("交付率は令和4年1月時点で52.2%でした。")));
    }

    [Theory]
    [InlineData("御前崎市のDX推進計画は何年までですか")]
    [InlineData("ごぜんざきし の でじたる の 計画 は 何年 まで ですか")]
    [InlineData("行方市の方針っていつまで？")]
    public void Until_which_year_needs_an_entry_saying_when_it_runs_to(string question)
    {

        Assert.False(AnswerKind.Answers(question, Entry("市は2007年（平成19年）の計画から情報化に取り組んできました。")));
        Assert.True(AnswerKind.Answers(question, Entry("計画の期間は2021年度〜2025年度の5年間です。")));
    }

    [Fact]
    public void A_year_with_how_far_by_then_says_until_when()
    {
        // 五所川原市's 成果目標 row: 「令和7年度には20業務まで」 is the deadline asked, 「令和4年度には導入」 is not.
        const string question = "AI-OCRの導入はいつまでにどこまで広げる目標ですか";

        Assert.True(AnswerKind.Answers(question, Entry("AI-OCRやRPA等の導入を令和7年度には20業務まで拡大させ、業務効率を向上させる。")));
        Assert.False(AnswerKind.Answers(question, Entry("AI-OCRは令和4年度には試行として導入した。")));
    }

    [Fact]
    public void How_many_a_target_reaches_needs_an_entry_giving_a_number_of_things()
    {
        const string question = "オンラインでできる手続き、最終的にいくつまで増やす予定？";

        Assert.False(AnswerKind.Answers(question, Entry("施策の進捗は部会が取りまとめ、幹事会が管理します。")));
        Assert.True(AnswerKind.Answers(question, Entry("令和7年度までに200手続をオンライン化する計画です。")));
    }

    [Fact]
    public void A_definition_answers_what_a_term_means_not_a_fact_about_it()
    {
        var glossary = new KnowledgeEntry("omaezaki#9", "用語：オープンデータ", "オープンデータは、二次利用でき、機械判読に適し、無償で使える3つの条件を満たすデータで、国のカタログには1万件以上あります。",
            new Citation("御前崎市DX推進計画", "用語集")) { CityId = "omaezaki" };

        Assert.True(AnswerKind.Answers("オープンデータって何？", glossary));
        Assert.False(AnswerKind.Answers("オープンデータは何件公開してる？", glossary));
        Assert.False(AnswerKind.Answers("オープンデータの担当課はどこ？ 市民課ですか", glossary));
    }

    [Theory]
    [InlineData("コンビニ交付は市内のコンビニでしか使えませんか", false)]
    [InlineData("コンビニで証明書を取る人、どのくらいまで増やす目標なの？", true)]
    [InlineData("コンビニ交付率は何％を目指してるの？", true)]
    public void An_imported_indicator_alone_answers_a_figure_or_a_target_asked(string question, bool answers)
    {
        var row = new KnowledgeEntry("handa#30", "コンビニ交付率", "・コンビニ交付率：現状値 18.2%(R4.1末時点)、目標値(R7年度) 43.6%。", new Citation("半田市DX推進計画", "第四章 進行管理(目標値) ＞ コンビニ交付率"))
        {
            CityId = "handa",
            File = "/knowledge/cities/handa/imported-003_plan.md",
        };

        Assert.Equal(answers, AnswerKind.Answers(question, row));
        // A hand-written entry with the same text is no imported indicator: what it answers is its author's to say.
        Assert.True(AnswerKind.Answers(question, row with { File = "/knowledge/cities/handa/kpi.md" }));
    }

    [Theory]
    [InlineData("御前崎市で土日にマイナンバーカードを受け取れる日って、今月は何日ですか？")]
    [InlineData("受け取れる日は何日？")]
    public void The_days_of_this_month_asked_are_a_date_only_an_entry_stating_one_answers(string question)
    {
        Assert.True(AnswerKind.AsksForAFact(question));
        Assert.False(AnswerKind.Answers(question, Entry("交付通知書が届いたら、案内に沿って受け取りの日時を予約し、窓口で受け取ります。")));
    }

    [Fact]
    public void The_kinds_a_text_names_are_those_with_a_word_it_contains()
    {
        // The one-pass reading of the kinds' words against a Contains per word: every word alone, inside a sentence, at
        // its end, two words of different kinds, a word cut short, and questions of the load benchmark.
        var kinds = AnswerKind.KindWords;
        var texts = new List<string> { "", "市役所", "マイナンバーカードの手数料はいくら？次回はいつですか" };
        foreach (var word in kinds.SelectMany(w => w))
        {
            texts.Add(word);
            texts.Add($"半田市の{word}について");
            texts.Add($"それは{word}");
            texts.Add(word[..^1]);
            texts.Add(word[1..] + word);
        }

        texts.Add(string.Concat(kinds[0][0], kinds[^1][0]));
        texts.AddRange(File.ReadLines(Questions()).Select(line => line.Split('\t')[^1]));
        foreach (var text in texts)
        {
            var named = AnswerKind.KindsNamedIn(text);
            Assert.Equal(kinds.Count, named.Length);
            for (var i = 0; i < kinds.Count; i++)
            {
                Assert.True(named[i] == kinds[i].Any(w => text.Contains(w, StringComparison.Ordinal)), $"kind {i} in 「{text}」");
            }
        }
    }

    private static string Questions()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "bench", "load", "questions.tsv");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new FileNotFoundException("bench/load/questions.tsv");
    }
}
