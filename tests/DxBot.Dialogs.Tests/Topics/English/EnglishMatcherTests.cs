using DxBot.Dialogs.Routing;
using DxBot.Dialogs.Tests.Support;
using DxBot.Dialogs.Topics.English;

namespace DxBot.Dialogs.Tests.Topics.English;

public sealed class EnglishMatcherTests
{
    [Theory]
    [InlineData("Is the My Number card free?", "fee")]
    [InlineData("How much does it cost to reissue my card?", "fee")]
    // 「free」 without the card: the topic requiring the card's words does not count it.
    [InlineData("Does the city publish its data so that anyone can reuse it for free?", "opendata")]
    public void A_topic_needing_its_subject_counts_only_when_the_question_names_it(string question, string topic)
    {
        Assert.Equal(topic, EnglishMatcher.FindTopic(TextNormalizer.Normalize(question), BundledKnowledge.Base.English));
    }

    [Theory]
    // 「plan to」 is the resident's verb, not the plan asked about: it tied with the data's words and won as the earlier topic.
    [InlineData("Does Namegata City plan to open up its data so that residents and companies can use it freely?", "opendata")]
    [InlineData("What is the city's DX plan?", "plan")]
    public void Plan_as_a_verb_names_no_topic(string question, string topic)
    {
        Assert.Equal(topic, EnglishMatcher.FindTopic(TextNormalizer.Normalize(question), BundledKnowledge.Base.English));
    }

    [Theory]
    // The plan named as where the subject is written (「in the city's DX plan」), and words quoted: the subject is the topic.
    [InlineData("What does 'open data' mean in the city's DX plan? Can a company use it for business?", "opendata")]
    [InlineData("What does \"open data\" mean according to Omaezaki's plan?", "opendata")]
    [InlineData("What is in the city's DX plan?", "plan")]
    [InlineData("What are the targets of the DX plan?", "plan")]
    public void The_plan_named_as_where_to_look_leaves_the_subject_as_the_topic(string question, string topic)
    {
        Assert.Equal(topic, EnglishMatcher.FindTopic(TextNormalizer.Normalize(question), BundledKnowledge.Base.English));
    }

    [Theory]
    // Who asks (reading little Japanese) says which help answers only when they ask for help naming no topic of their own.
    [InlineData("My Japanese is not good. Is the city doing anything to help people like me get city information?", "foreign")]
    [InlineData("Hi, I live in Tsushima and my Japanese is not so good. Will I be able to apply for child allowance online?", "online")]
    [InlineData("I just moved to Omaezaki and can't read Japanese well. How can I get city news and information quickly on my phone?", null)]
    // Whether foreign residents get a number asks who has one, not about languages.
    [InlineData("What is My Number? Do foreign residents get one too?", "card")]
    public void Reading_little_japanese_chooses_the_foreign_topic_only_for_help_asked_naming_no_topic(string question, string? topic)
    {
        Assert.Equal(topic, EnglishMatcher.FindTopic(TextNormalizer.Normalize(question), BundledKnowledge.Base.English));
    }
}
