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

    [Theory]
    [InlineData("スマート自治体って何？", true)]
    [InlineData("未来の市役所ってどんなの", true)]
    [InlineData("市役所ってAIとか使って仕事してるんですか？", false)]
    [InlineData("用語の意味とはなんですか", false)]
    public void A_glossary_files_term_titled_as_a_question_is_named_by_the_term_not_by_its_generic_keywords(string question, bool named)
    {
        // The file's entries carry 「とは」 and 「用語」 as keywords, which name no term.
        var entry = new KnowledgeEntry("namegata/glossary.md#2", "スマート自治体とは", "ベテラン職員の経験をAIなどに蓄積し、ミスなく事務を処理できる自治体です。", new Citation("行方市DX基本方針", "*3"))
        {
            CityId = "namegata",
            Keywords = ["スマート自治体の意味", "とは", "用語", "未来の市役所"],
        };

        Assert.Equal(named, GlossaryEntry.IsNamedBy(TextNormalizer.Normalize(question), entry));
    }

    [Theory]
    [InlineData("IoTって何")]
    [InlineData("AIとは")]
    [InlineData("デジタルトランスフォーメーションの意味は")]
    [InlineData("DXってなに")]
    public void Each_term_of_a_title_and_the_full_name_in_brackets_name_the_entry(string question)
    {
        var pair = new KnowledgeEntry("tsushima/glossary.md#4", "IoT・AIとは", "IoTはモノのインターネットです。", new Citation("対馬市DX推進計画", "用語"))
        {
            CityId = "tsushima",
        };
        var bracketed = pair with { Id = "tsushima/glossary.md#1", Title = "DX（デジタルトランスフォーメーション）とは" };

        Assert.True(GlossaryEntry.IsNamedBy(TextNormalizer.Normalize(question), pair) || GlossaryEntry.IsNamedBy(TextNormalizer.Normalize(question), bracketed));
    }
}
