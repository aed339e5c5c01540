using DxBot.Dialogs.Topics.English;

namespace DxBot.Dialogs.Tests.Topics.English;

public sealed class EnglishAspectTests
{
    [Theory]
    [InlineData("Where can I find Goshogawara's open data?", "どこ")]
    [InlineData("Will Tsushima City move its core IT systems to the government cloud? By when?", "これから 何")]
    [InlineData("What is Handa's target for the convenience store certificate issuance rate?", "目標 何")]
    [InlineData("Can I get my My Number card on a weekend?", "土日")]
    [InlineData("Is there any class to learn how to use a smartphone?", "使い方")]
    [InlineData("Can I pay my city tax by credit card?", "")]
    public void The_aspect_asked_is_given_in_the_plans_words(string question, string words)
    {
        Assert.Equal(words, EnglishAspect.Words(question));
    }
}
