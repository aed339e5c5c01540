using DxBot.Dialogs.Topics.English;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Topics.English;

public sealed class EnglishEntryComposeTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    [Fact]
    public void A_target_year_that_has_passed_is_told_as_that_years_target()
    {
        var reply = Compose("When the plan was made in FY2021, few procedures were online. The city aims to put them all online by FY2025 (令和7年度).");

        Assert.StartsWith("When the plan was made in FY2021", reply, StringComparison.Ordinal);
        Assert.Contains(EnglishStrings.PassedTarget(2025), reply);
        Assert.DoesNotContain(EnglishStrings.PassedTarget(2021), reply);
    }

    [Fact]
    public void A_year_a_fact_is_told_of_gets_no_target_note()
    {
        var reply = Compose("Since FY2020 the city has taken city taxes by card. It plans to add more ways to pay.");

        Assert.DoesNotContain("has ended", reply);
    }

    [Fact]
    public void The_japanese_title_and_the_citation_follow_the_english_in_one_bubble()
    {
        var entry = Entry("Open data (オープンデータ): the city publishes its data for anyone to reuse.");

        var reply = EnglishAnswerComposer.ComposeEntry(entry, "", Today, 450);

        var message = Assert.Single(reply.Messages);
        Assert.Equal("Open data (オープンデータ): the city publishes its data for anyone to reuse.\nIn Japanese: 【オープンデータの公開】\nSource: 半田市DX推進計画 第三章3", message);
    }

    [Fact]
    public void A_version_longer_than_a_message_keeps_the_sentences_holding_the_question()
    {
        var english = "The city's core systems are due for renewal at end of FY2023 (令和5年度末). "
            + string.Concat(Enumerable.Repeat("It will review workflows, forms and rules against the national standard specifications with every department. ", 3))
            + "It plans to finish moving to the Government Cloud (ガバメントクラウド) by end of FY2025 (令和7年度末).";

        var reply = EnglishAnswerComposer.ComposeEntry(Entry(english), "Will the city move its systems to the government cloud? By when?", Today, 450);

        var message = Assert.Single(reply.Messages);
        Assert.StartsWith("The city's core systems are due for renewal", message, StringComparison.Ordinal);
        Assert.Contains("Government Cloud (ガバメントクラウド) by end of FY2025", message);
        Assert.True(message.Length <= 450);
    }

    private static string Compose(string english) =>
        string.Join("\n", EnglishAnswerComposer.ComposeEntry(Entry(english), "", Today, 450).Messages);

    private static KnowledgeEntry Entry(string english) =>
        new("handa/data.md#1", "オープンデータの公開", "市はデータを公開します。", new Citation("半田市DX推進計画", "第三章3")) { CityId = "handa", English = english };
}
