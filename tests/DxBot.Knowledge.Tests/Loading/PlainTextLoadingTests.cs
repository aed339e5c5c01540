using System.Text;
using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Tests.Loading;

public sealed class PlainTextLoadingTests
{
    private const string Sentence = "市は、行政手続のオンライン化を進め、市民が市役所に来なくても手続できるようにする計画です。";

    [Fact]
    public void Load_PlainTextPlan_IsSplitIntoPassagesOfTheCityInItsOpeningLines()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("plans/handa-plan.txt", HandaPlanText());

        var kb = new KnowledgeLoader().Load([folder.Path]);

        Assert.Empty(kb.Errors);
        var passages = kb.Entries.Where(e => e.Topic == KnowledgeTopics.Text).ToList();
        Assert.True(passages.Count >= 4, $"{passages.Count} passages");
        Assert.All(passages, p =>
        {
            Assert.Equal("handa", p.CityId);
            Assert.Equal("plans/handa-plan.txt", p.File);
            Assert.InRange(p.Body.Length, 40, 600);
            Assert.DoesNotContain("^{", p.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("¹", p.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("・・・", p.Body, StringComparison.Ordinal);
        });
        Assert.Equal(passages.Count, passages.Select(p => p.Id).Distinct().Count());
        Assert.Equal("knowledge/plans/handa-plan.txt#1", passages[0].Id);
        // The city's plan title appears in the opening lines, so the passages cite the plan itself.
        Assert.All(passages, p => Assert.Equal("半田市DX推進計画（原文）", p.Source.Document));
        var online = passages.First(p => p.Body.Contains("オンライン申請の拡充", StringComparison.Ordinal));
        Assert.Equal("(1) いつでも・どこでも行政手続ができます", online.Source.Section);
        Assert.Equal(online.Source.Section, online.Title);
        Assert.Contains("IoT", kb.Entries.Single(e => e.Body.Contains("計画策定の背景", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PlainText_JoinsSentencesCutByPageBreaks()
    {
        using var folder = new TempKnowledgeFolder("seeds");
        folder.Write("003_plan.txt", "半田市の計画\n\n第一章 計画策定の背景\n\n国は、人工知能やビッグデータといった新しい技術を社会のあらゆる場面に取り入れることを目指しており、デジタル化の遅れが課題だと\n\nされています。市も同じ方向でデジタル化を進めます。\n");
        folder.Write("../knowledge/cities/handa/city.yaml", SampleKnowledge.HandaCity);

        var kb = new KnowledgeLoader().Load([Path.Combine(folder.Path, "..", "knowledge"), folder.Path]);

        Assert.Empty(kb.Errors);
        var passage = Assert.Single(kb.Entries, e => e.Topic == KnowledgeTopics.Text);
        Assert.Equal("seeds/003_plan.txt#1", passage.Id);
        Assert.Contains("課題だとされています。", passage.Body, StringComparison.Ordinal);
        Assert.Equal("第一章 計画策定の背景", passage.Source.Section);
        // No plan title in the opening lines and not the city's seed file: cited by file name, with the city still inferred.
        Assert.Equal("003_plan.txt", passage.Source.Document);
        Assert.Equal("handa", passage.CityId);
        // The short title line opens the passage, so the passage starts on line 1.
        Assert.Equal(1, passage.Line);
    }

    [Fact]
    public void Load_PlainTextWithoutKnownCity_IsNationalAndCitedByFileName()
    {
        using var folder = new TempKnowledgeFolder();
        var body = string.Join("\n\n", Enumerable.Repeat(Sentence + Sentence, 6));
        folder.Write("notes.txt", "ある町の資料\n\n" + body + "\n");

        var kb = new KnowledgeLoader().Load([folder.Path]);

        Assert.Empty(kb.Errors);
        var passages = kb.Entries.Where(e => e.Topic == KnowledgeTopics.Text).ToList();
        Assert.True(passages.Count >= 2);
        Assert.All(passages, p =>
        {
            Assert.Null(p.CityId);
            Assert.Equal("notes.txt", p.Source.Document);
            Assert.InRange(p.Body.Length, 40, 600);
        });
        Assert.Equal("抜粋1", passages[0].Source.Section);
    }

    [Fact]
    public void Load_PlainTextWithFormFeeds_CitesPages()
    {
        using var folder = new TempKnowledgeFolder();
        var page = string.Join("\n\n", Enumerable.Repeat(Sentence, 8));
        folder.Write("paged.txt", page + "\n\f" + page + "\n");

        var kb = new KnowledgeLoader().Load([folder.Path]);

        var sections = kb.Entries.Select(e => e.Source.Section).Distinct().ToList();
        Assert.Equal(["p.1", "p.2"], sections);
    }

    [Fact]
    public void Load_VeryLongParagraph_IsCutAtSentenceEnds()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("long.txt", string.Concat(Enumerable.Repeat(Sentence, 40)) + "\n");

        var kb = new KnowledgeLoader().Load([folder.Path]);

        Assert.True(kb.Entries.Count >= 4);
        Assert.All(kb.Entries, e =>
        {
            Assert.InRange(e.Body.Length, 40, 600);
            Assert.EndsWith("。", e.Body, StringComparison.Ordinal);
        });
        Assert.Equal(string.Concat(Enumerable.Repeat(Sentence, 40)), string.Concat(kb.Entries.Select(e => e.Body)));
    }

    [Fact]
    public void Load_EmptyPlainText_IsReported()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("empty.txt", "\n  \n12\n");

        var kb = new KnowledgeLoader().Load([folder.Path]);

        Assert.Equal("empty.txt", Assert.Single(kb.Errors).File);
        Assert.Empty(kb.Entries);
    }

    /// <summary>A plan as PDF extraction leaves it: a table of contents, footnote markers, page numbers.</summary>
    private static string HandaPlanText()
    {
        var text = new StringBuilder();
        text.AppendLine("半田市DX推進計画").AppendLine().AppendLine("令和4年3月策定").AppendLine().AppendLine("<目次>").AppendLine();
        text.AppendLine("第一章 計画策定にあたって・・・・・・・・2");
        text.AppendLine("第三章 計画の内容・・・・・・10").AppendLine();
        text.AppendLine("第一章 計画策定にあたって").AppendLine();
        text.AppendLine("1 計画策定の背景").AppendLine();
        text.AppendLine("国は、IoT¹や人工知能(AI²)などの新しい技術を社会に取り入れ、課題の解決と経済の発展を両立させる社会の実現を目指しています^{※1}。");
        text.AppendLine().AppendLine("¹ IoT:様々なモノをインターネットにつなぐこと。").AppendLine().AppendLine("- 3 -").AppendLine();
        for (var i = 0; i < 6; i++)
        {
            text.AppendLine(Sentence + Sentence + Sentence).AppendLine();
        }

        text.AppendLine("第三章 計画の内容").AppendLine();
        text.AppendLine("(1) いつでも・どこでも行政手続ができます").AppendLine();
        text.AppendLine("■ 行政手続におけるオンライン申請の拡充");
        text.AppendLine("パソコンやスマートフォンで、24時間365日どこにいても申請できるオンライン手続を増やしていきます。");
        text.AppendLine("-----\t----").AppendLine();
        for (var i = 0; i < 3; i++)
        {
            text.AppendLine(Sentence + Sentence).AppendLine();
        }

        return text.ToString();
    }
}
