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

    [Fact]
    public void Settled_unchanged_files_are_not_read_again()
    {
        using var folder = SampleKnowledge.CreateValid().Write("cities/handa/notice.md", Notice);
        Settle(folder);
        var loader = new KnowledgeLoader();
        var first = loader.Load([folder.Path]);
        var markdown = Directory.GetFiles(folder.Path, "*.md", SearchOption.AllDirectories).Count(f => !f.EndsWith("README.md", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(markdown, loader.MarkdownFilesParsed);
        Assert.Equal(0, loader.MarkdownFilesUnread);

        var second = loader.Load([folder.Path]);

        Assert.Equal(markdown, loader.MarkdownFilesUnread);
        Assert.Equal(markdown, loader.MarkdownFilesParsed);
        Assert.All(first.Entries.Zip(second.Entries).Where(p => p.First.File!.EndsWith(".md", StringComparison.Ordinal)), pair => Assert.Same(pair.First, pair.Second));
        AssertSameAsAFreshLoad(folder, second);
    }

    [Fact]
    public void A_settled_file_rewritten_to_another_size_is_read_again_even_with_its_old_time()
    {
        using var folder = SampleKnowledge.CreateValid().Write("cities/handa/notice.md", Notice);
        Settle(folder);
        var loader = new KnowledgeLoader();
        loader.Load([folder.Path]);
        var file = Path.Combine(folder.Path, "cities", "handa", "notice.md");
        var time = File.GetLastWriteTimeUtc(file);

        folder.Write("cities/handa/notice.md", Notice.Replace("19時", "19時30分", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, time);
        var second = loader.Load([folder.Path]);

        Assert.Contains("19時30分", Assert.Single(second.Entries, e => e.File!.EndsWith("notice.md", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        AssertSameAsAFreshLoad(folder, second);
    }

    [Fact]
    public void A_file_rewritten_lately_to_the_same_size_and_time_is_read_again()
    {
        // Written within one tick of the file system's clock, a file keeps its time: a recent stamp is not trusted.
        using var folder = SampleKnowledge.CreateValid().Write("cities/handa/notice.md", Notice);
        var loader = new KnowledgeLoader();
        loader.Load([folder.Path]);
        var file = Path.Combine(folder.Path, "cities", "handa", "notice.md");
        var time = File.GetLastWriteTimeUtc(file);

        folder.Write("cities/handa/notice.md", Notice.Replace("19時", "20時", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, time);
        var second = loader.Load([folder.Path]);

        Assert.Contains("20時", Assert.Single(second.Entries, e => e.File!.EndsWith("notice.md", StringComparison.Ordinal)).Body, StringComparison.Ordinal);
        AssertSameAsAFreshLoad(folder, second);
    }

    [Fact]
    public void A_settled_file_that_grew_past_the_limit_is_refused_though_unread()
    {
        // Unread files are still held to the load's limits: here the whole load's, which the reused files count toward.
        using var folder = SampleKnowledge.CreateValid().Write("cities/handa/notice.md", Notice);
        Settle(folder);
        var total = Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var loader = new KnowledgeLoader(KnowledgeLimits.Default with { MaxTotalBytes = total + 10 });
        Assert.Empty(loader.Load([folder.Path]).Errors);

        folder.Write("cities/handa/zz-extra.md", Notice + new string('あ', 40));
        var second = loader.Load([folder.Path]);

        // Some file past the limit (whichever comes last) is refused: it would not be if the unread ones did not count.
        Assert.Contains(second.Errors, e => e.Message.Contains("知識フォルダ全体の大きさが上限", StringComparison.Ordinal));
        Assert.True(loader.MarkdownFilesUnread > 0);
    }

    [Fact]
    public void Settled_unchanged_synonyms_and_readings_are_reused_and_an_edited_one_is_parsed_again()
    {
        using var folder = SampleKnowledge.CreateValid()
            .Write("synonyms.txt", "オンライン,ネット\n窓口,カウンター\n")
            .Write("readings.txt", "# 読み\n公金受取口座,こうきんうけとりこうざ\n,,\n");
        Settle(folder);
        var loader = new KnowledgeLoader();
        var first = loader.Load([folder.Path]);

        var second = loader.Load([folder.Path]);

        Assert.All(first.Synonyms.Zip(second.Synonyms), pair => Assert.Same(pair.First, pair.Second));
        Assert.All(first.Readings.Zip(second.Readings), pair => Assert.Same(pair.First, pair.Second));
        Assert.Contains(second.Errors, e => e.File == "readings.txt");
        Assert.Equal(first.Errors, second.Errors);
        AssertSameAsAFreshLoad(folder, second);

        folder.Write("synonyms.txt", "オンライン,ネット,インターネット\n窓口,カウンター\n");
        var third = loader.Load([folder.Path]);

        Assert.Contains(third.Synonyms, g => g.Contains("インターネット"));
        AssertSameAsAFreshLoad(folder, third);
    }

    [Fact]
    public void A_synonyms_file_rewritten_lately_to_the_same_size_and_time_is_read_again()
    {
        using var folder = SampleKnowledge.CreateValid().Write("synonyms.txt", "オンライン,ネット\n");
        var loader = new KnowledgeLoader();
        loader.Load([folder.Path]);
        var file = Path.Combine(folder.Path, "synonyms.txt");
        var time = File.GetLastWriteTimeUtc(file);

        folder.Write("synonyms.txt", "オンライン,ウェブ\n");
        File.SetLastWriteTimeUtc(file, time);
        var second = loader.Load([folder.Path]);

        Assert.Contains(second.Synonyms, g => g.Contains("ウェブ"));
        AssertSameAsAFreshLoad(folder, second);
    }

    // Every file written long enough ago for its stamp to be trusted.
    private static void Settle(TempKnowledgeFolder folder)
    {
        foreach (var file in Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories))
        {
            File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddHours(-1));
        }
    }

    private static void AssertSameAsAFreshLoad(TempKnowledgeFolder folder, Model.KnowledgeBase reused)
    {
        var fresh = new KnowledgeLoader().Load([folder.Path]);
        Assert.Equal(
            System.Text.Json.JsonSerializer.Serialize(fresh),
            System.Text.Json.JsonSerializer.Serialize(reused));
    }
}
