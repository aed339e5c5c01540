using DxBot.Dialogs.Answers;

namespace DxBot.Dialogs.Tests.Answers;

public sealed class PairedQuestionTests
{
    [Theory]
    [InlineData("計画のビジョンとバリューは何ですか", "計画のビジョンは何ですか", "計画のバリューは何ですか")]
    [InlineData("計画期間の終期と、改訂時期は？", "計画期間の終期は?", "計画期間の改訂時期は?")]
    [InlineData("推進体制と進行管理の方法を教えて", "推進体制の方法を教えて", "進行管理の方法を教えて")]
    [InlineData("ビジョンとバリュー（行動基準）を教えて", "ビジョン(行動基準)を教えて", "バリュー(行動基準)を教えて")]
    public void Two_things_asked_of_one_subject_become_two_questions(string question, string first, string second)
    {
        Assert.Equal((first, second), PairedQuestion.Split(question));
    }

    [Theory]
    [InlineData("マイナンバーカードと保険証の一体化はいつから？")]
    [InlineData("ひとりで手続きできますか")]
    [InlineData("もっと便利になりますか")]
    [InlineData("KPIは何がありますか")]
    public void One_thing_asked_is_not_split(string question)
    {
        Assert.Null(PairedQuestion.Split(question));
    }
}
