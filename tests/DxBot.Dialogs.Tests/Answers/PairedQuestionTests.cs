using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Routing;

namespace DxBot.Dialogs.Tests.Answers;

public sealed class PairedQuestionTests
{
    [Theory]
    [InlineData("計画のビジョンとバリューは何ですか", "計画のビジョンは何ですか", "計画のバリューは何ですか")]
    [InlineData("計画期間の終期と、改訂時期は？", "計画期間の終期は?", "計画期間の改訂時期は?")]
    [InlineData("推進体制と進行管理の方法を教えて", "推進体制の方法を教えて", "進行管理の方法を教えて")]
    [InlineData("ビジョンとバリュー（行動基準）を教えて", "ビジョンを教えて", "バリュー(行動基準)を教えて")]
    [InlineData("行方市DXのビジョン（未来の姿）とバリュー（行動基準）は？", "行方市dxのビジョン(未来の姿)は?", "行方市dxのバリュー(行動基準)は?")]
    [InlineData("人材の確保と育成で、それぞれ誰が中心？", "人材の確保で、それぞれ誰が中心?", "人材の育成で、それぞれ誰が中心?")]
    [InlineData("職員研修と市民向けのデジタル格差解消講座、それぞれ累計で何人？", "職員研修、それぞれ累計で何人?", "市民向けのデジタル格差解消講座、それぞれ累計で何人?")]
    public void Two_things_asked_of_one_subject_become_two_questions(string question, string first, string second)
    {
        Assert.Equal((first, second), PairedQuestion.Split(question));
    }

    [Theory]
    [InlineData("マイナンバーカードと保険証の一体化はいつから？")]
    [InlineData("ひとりで手続きできますか")]
    [InlineData("もっと便利になりますか")]
    [InlineData("KPIは何がありますか")]
    [InlineData("マイナンバーカードと保険証で、何が違う？")]
    public void One_thing_asked_is_not_split(string question)
    {
        Assert.Null(PairedQuestion.Split(question));
    }

    [Theory]
    [InlineData("委員長は誰？あと、リーダーはどうやって選ばれる？", "委員長は誰", "リーダーはどうやって選ばれる")]
    [InlineData("委員会のトップは誰で、各部長はどういう立場ですか", "委員会のトップは誰", "各部長はどういう立場ですか")]
    [InlineData("研修の受講者数と、講座の参加者数、それぞれの目標は？", "研修の受講者数、それぞれの目標は", "講座の参加者数、それぞれの目標は")]
    [InlineData("CIOは誰？デジタル推進官にはどの職が就いてる？", "cioは誰", "デジタル推進官にはどの職が就いてる")]
    [InlineData("五所川原市DX推進計画の計画期間は？改訂はいつだった？", "五所川原市dx推進計画の計画期間は", "改訂はいつだった")]
    [InlineData("推進委員会の委員長と、推進リーダーの選ばれ方を確認したい", "推進委員会の委員長", "推進リーダーの選ばれ方を確認したい")]
    public void Two_questions_in_one_message_become_two_questions(string question, string first, string second)
    {
        Assert.Equal((first, second), PairedQuestion.Clauses(question));
    }

    [Theory]
    [InlineData("市役所の手続きって何が変わるの？字を書くのが苦手で…")]
    [InlineData("本当？大丈夫かな？")]
    [InlineData("それ本当？いつから？")]
    [InlineData("カードを申請すると、いつ届きますか")]
    [InlineData("マイナンバーカードの更新はどうすればいいですか")]
    [InlineData("講座の参加者数の目標と、年度ごとの目標値を確認したい")]
    public void A_reason_an_aside_or_a_condition_is_no_second_question(string question)
    {
        Assert.Null(PairedQuestion.Clauses(question));
    }

    [Fact]
    public void The_second_noun_of_a_pair_can_be_read_without_the_words_before_the_first()
    {
        Assert.Equal(("職員研修受講者数", "職員研修受講者数の目標はそれぞれ何人?"),
            PairedQuestion.SecondWithoutLead("デジタル格差解消の市民向け講座参加者数と職員研修受講者数の目標はそれぞれ何人？"));
        Assert.Null(PairedQuestion.SecondWithoutLead("ビジョンとバリューを教えて"));
    }

    [Theory]
    [InlineData("スマホ持ってる人が全国より少ないって本当？なんか対策してるの？", "スマホ持ってる人が全国より少ないって本当")]
    [InlineData("交付率が低いって聞いたけど本当ですか？市は何をしているの？", "交付率が低いって聞いたけど本当ですか")]
    // Help asked of the city after the fact is its measure too.
    [InlineData("高齢者ってスマホを使っている人が少ないんですか？市は何か手伝ってくれますか？", "高齢者ってスマホを使っている人が少ないんですか")]
    public void A_fact_checked_then_the_citys_measures_asks_the_measures_of_that_fact(string question, string fact)
    {
        Assert.Equal((fact, $"{fact}、{TextNormalizer.Normalize(question)[(fact.Length + 1)..].TrimEnd('?')}"), PairedQuestion.MeasureOfTheFact(question));
    }

    [Theory]
    [InlineData("スマホ持ってる人が少ないって本当？")]
    [InlineData("本当？対策してる？")]
    [InlineData("スマホ教室はある？窓口の対策はどうなってる？")]
    [InlineData("スマホ教室はある？申請のやり方を手伝ってくれる？")]
    [InlineData("スマホの使い方を相談できるところってありますか？それって誰が手伝ってくれるの？")]
    public void No_measure_asked_or_a_measure_naming_its_own_subject_is_not_that_form(string question)
    {
        Assert.Null(PairedQuestion.MeasureOfTheFact(question));
    }
}
