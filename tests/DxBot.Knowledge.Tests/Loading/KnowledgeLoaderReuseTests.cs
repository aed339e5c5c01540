using DxBot.Knowledge.Loading;

namespace DxBot.Knowledge.Tests.Loading;

/// <summary>
/// A loader loading the same folders again parses again only the Markdown files that changed (a reindex after one
/// file's edit), and what it reuses is exactly what parsing again would give.
/// </summary>
public sealed class KnowledgeLoaderReuseTests
{
    private const string Notice = "---\ntopic: general\n---\n## 窓口の受付時間\n毎週木曜日は19時まで受け付けます。\n出典: 第三章\n";
    private const string Broken = "---\ntopic: nonsense\n---\n## 壊れた項目\n本文です。\n";

    [Fact]
    public void Unchanged_files_are_reused_and_an_edited_one_is_parsed_again()
    {
        using var folder = SampleKnowledge.CreateValid().Write("cities/handa/notice.md", Notice);
        var loader = new KnowledgeLoader();
        var first = loader.Load([folder.Path]);

        folder.Write("cities/handa/notice.md", Notice.Replace("19時", "20時", StringComparison.Ordinal));
        var second = loader.Load([folder.Path]);

        var onlineBefore = first.Entries.Where(e => e.File!.EndsWith("online.md", StringComparison.Ordinal)).ToList();
        var onlineAfter = second.Entries.Where(e => e.File!.EndsWith("online.md", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(onlineAfter);
        Assert.Equal(onlineBefore.Count, onlineAfter.Count);
        Assert.All(onlineBefore.Zip(onlineAfter), pair => Assert.Same(pair.First, pair.Second));

        var notice = Assert.Single(second.Entries, e => e.File!.EndsWith("notice.md", StringComparison.Ordinal));
        Assert.Contains("20時", notice.Body, StringComparison.Ordinal);
        AssertSameAsAFreshLoad(folder, second);
    }

    [Fact]
    public void A_changed_city_profile_parses_every_file_again()
    {
        using var folder = SampleKnowledge.CreateValid().Write("cities/handa/notice.md", Notice);
        var loader = new KnowledgeLoader();
        var first = loader.Load([folder.Path]);

        // The plan's title is what each entry of the city cites.
        folder.Write("cities/handa/city.yaml", SampleKnowledge.HandaCity.Replace("半田市DX推進計画", "半田市デジタル推進計画", StringComparison.Ordinal));
        var second = loader.Load([folder.Path]);

        var notice = Assert.Single(second.Entries, e => e.File!.EndsWith("notice.md", StringComparison.Ordinal));
        Assert.NotSame(Assert.Single(first.Entries, e => e.File!.EndsWith("notice.md", StringComparison.Ordinal)), notice);
        AssertSameAsAFreshLoad(folder, second);
    }

    [Fact]
    public void A_reused_files_errors_are_reported_again()
    {
        using var folder = SampleKnowledge.CreateValid().Write("cities/handa/broken.md", Broken);
        var loader = new KnowledgeLoader();
        var first = loader.Load([folder.Path]);
        var second = loader.Load([folder.Path]);

        Assert.Contains(first.Errors, e => e.File.EndsWith("broken.md", StringComparison.Ordinal));
        Assert.Equal(first.Errors, second.Errors);
    }

    private static void AssertSameAsAFreshLoad(TempKnowledgeFolder folder, Model.KnowledgeBase reused)
    {
        var fresh = new KnowledgeLoader().Load([folder.Path]);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(fresh),
            System.Text.Json.JsonSerializer.Serialize(reused));
    }
}
