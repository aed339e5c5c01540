namespace DxBot.Search.Tests;

public sealed class QuestionHintsTests
{
    [Theory]
    [InlineData("五所川原市はなぜDXに取り組むのですか")]
    [InlineData("そもそも対馬市ってなんでDXやってるの？")]
    public void Why_asks_for_the_background_not_the_aims(string question)
    {
        var hints = QuestionHints.For(question);

        Assert.NotNull(hints);
        Assert.Contains("背景", hints, StringComparison.Ordinal);
        Assert.DoesNotContain("目的", hints, StringComparison.Ordinal);
    }

    [Fact]
    public void What_for_asks_for_the_aims()
    {
        Assert.Contains("目的", QuestionHints.For("この計画は何のためにあるの？"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_question_without_a_question_word_gets_no_hint()
    {
        Assert.Null(QuestionHints.For("マイナンバーカード"));
    }
}
