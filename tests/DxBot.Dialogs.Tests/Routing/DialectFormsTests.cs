using DxBot.Dialogs.Routing;

namespace DxBot.Dialogs.Tests.Routing;

public sealed class DialectFormsTests
{
    [Theory]
    [InlineData("マイナンバーカード作れば、何かいいごとあるんだべか？", "マイナンバーカード作れば、何かいいことあるのか？")]
    [InlineData("わ、市役所さ行がねくても手続きでぎるようになるんだべか？なんぼぐれぇの手続きだば？", "わ、市役所に行かなくても手続きできるようになるのか？いくつぐらいの手続きだば？")]
    [InlineData("下の子の保育園の申し込み、スマホからできるごとなると？", "下の子の保育園の申し込み、スマホからできるようになると？")]
    [InlineData("介護保険の負担割合証ばなくしたっちゃけど", "介護保険の負担割合証をなくしたっちゃけど")]
    [InlineData("うちの会社さ来て、マイナンバーカードの申請ば受け付けでけるんだべが？", "うちの会社に来て、マイナンバーカードの申請を受け付けできるのか？")]
    [InlineData("市役所のサービスが続かんごとなるって聞いた", "市役所のサービスが続かなくなるって聞いた")]
    [InlineData("スマホ持ってねぇ人が多いの？", "スマホ持ってない人が多いの？")]
    [InlineData("窓口で字っこ書くのが難儀", "窓口で字書くのが難儀")]
    [InlineData("市役所さ行ぐのおっくうだはんで聞ぐばって、これがらオンラインでできる手続き、なんぼまで増やすの？", "市役所に行くのおっくうだはんで聞くけど、これからオンラインでできる手続き、いくつまで増やすの？")]
    public void Regional_forms_are_read_in_the_common_ones(string text, string common)
    {
        Assert.Equal(common, DialectForms.Fold(text));
    }

    [Theory]
    [InlineData("年度ごとの目標は？")]
    [InlineData("手続きごとに違いますか")]
    [InlineData("話せば分かりますか")]
    [InlineData("大きさは決まっていますか")]
    [InlineData("マイナンバーカードはいくらですか")]
    [InlineData("なんぼかかりますか")]
    [InlineData("なんぼまで払えばいいの？")]
    [InlineData("急いで泳ぐ")]
    [InlineData("がんばって、続けます")]
    [InlineData("しながら聞く")]
    [InlineData("なかんずく重要です")]
    public void Standard_japanese_is_left_as_typed(string text)
    {
        Assert.Equal(text, DialectForms.Fold(text));
    }

    [Theory]
    [InlineData("年度ごとの目標は？")]
    [InlineData("住民票をコンビニで取りたい")]
    [InlineData("スマホでできる手続きを教えてください")]
    public void A_message_with_none_of_what_the_forms_need_comes_back_as_it_is(string text)
    {
        Assert.Same(text, DialectForms.Fold(text));
    }

    [Theory]
    [InlineData("手続きでぎる？", "手続きできる？")]
    [InlineData("いいごど", "いいこと")]
    [InlineData("書がねくて", "書かなくて")]
    [InlineData("持ってねぇ人", "持ってない人")]
    [InlineData("３つぐれぇの", "３つぐらいの")]
    [InlineData("なんぼの手続き", "いくつの手続き")]
    [InlineData("できるんだべか", "できるのか")]
    [InlineData("できるごとなる", "できるようになる")]
    [InlineData("続かんごとなる", "続かなくなる")]
    [InlineData("受付でける", "受付できる")]
    [InlineData("役所さ行く", "役所に行く")]
    [InlineData("申請ば出す", "申請を出す")]
    [InlineData("字っこを", "字を")]
    [InlineData("なんぼまで広げる", "いくつまで広げる")]
    [InlineData("話を聞ぐ", "話を聞く")]
    [InlineData("これがら", "これから")]
    [InlineData("んだばって、", "んだけど、")]
    [InlineData("書類をつけなかんの", "書類をつけないといけないの")]
    [InlineData("証明書だの揃えなかんのが", "証明書だの揃えないといけないのが")]
    [InlineData("手続きのたんびに", "手続きのたびに")]
    [InlineData("カード作れば、なんがもらえるんだべが？", "カード作れば、何がもらえるのか？")]
    [InlineData("なんがつに始まる？", "なんがつに始まる？")]
    public void Each_form_alone_is_read_in_the_common_one(string text, string common)
    {
        Assert.Equal(common, DialectForms.Fold(text));
    }
}
