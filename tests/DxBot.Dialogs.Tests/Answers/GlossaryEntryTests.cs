using DxBot.Dialogs.Answers;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Answers;

public sealed class GlossaryEntryTests
{
    private static readonly KnowledgeEntry Glossary = new(
        "handa#g1", "用語：Society 5.0・ICT", "Society 5.0は、日本が目指す未来社会として示された新しい社会です。", new Citation("半田市DX推進計画", "注4"))
    {
        CityId = "handa",
        Keywords = ["ソサエティ5.0", "ICTとは"],
    };

    [Theory]
    [InlineData("society5.0ってなに？")]
    [InlineData("Society 5.0とは")]
    [InlineData("ICTの意味を教えて")]
    [InlineData("ソサエティ5.0って何")]
    public void A_question_naming_one_of_its_terms_may_be_answered_by_it(string question)
    {
        Assert.True(GlossaryEntry.IsNamedBy(TextNormalizer.Normalize(question), Glossary));
        Assert.True(AnswerKind.Answers(question, Glossary));
    }

    [Fact]
    public void A_question_sharing_only_its_other_words_is_not_answered_by_it()
    {
        // 「目指す」 in the definition made it the best match for a question about the city's own aim.
        Assert.False(AnswerKind.Answers("半田市がDXで目指してるまちの姿ってなに？", Glossary));
    }

    [Fact]
    public void An_entry_that_is_no_glossary_entry_is_not_concerned()
    {
        var entry = Glossary with { Title = "半田市DX推進計画の目的" };

        Assert.True(AnswerKind.Answers("半田市がDXで目指してるまちの姿ってなに？", entry));
    }
}
