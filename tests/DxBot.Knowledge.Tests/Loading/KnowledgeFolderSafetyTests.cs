using System.Diagnostics;
using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Tests.Loading;

/// <summary>
/// Issue #16 findings 1 and 3: the loader reads only regular files inside the knowledge folder, and every bad file
/// (a link out of the folder, a FIFO, a link cycle, a huge or hostile file) costs one error, never a hang or a leak.
/// </summary>
public sealed class KnowledgeFolderSafetyTests
{
    // Generous: a load of these folders takes milliseconds; only a hang comes near it, and then the test fails.
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private const string Passage = "市は、行政手続のオンライン化を進め、市民が市役所に来なくても手続できるようにする計画です。";

    [Fact]
    public async Task Load_FileLinkToASecretOutsideTheFolder_IsNotReadAndIsReportedByName()
    {
        using var folder = SampleKnowledge.CreateValid();
        var secret = "DXBOT-SECRET-" + Guid.NewGuid().ToString("N");
        var outside = Path.Combine(Path.GetDirectoryName(folder.Path)!, "secret.txt");
        await File.WriteAllTextAsync(outside, $"秘密の資料\n\n{Passage}{secret}{Passage}\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "notes"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "notes", "secret.txt"), outside);

        var kb = await LoadAsync(folder.Path);

        AssertNowhere(kb, secret);
        var error = Assert.Single(kb.Errors);
        Assert.Equal("notes/secret.txt", error.File);
        Assert.Contains("リンク先が知識フォルダの外です", error.Message, StringComparison.Ordinal);
        Assert.Equal(10, kb.Entries.Count);
    }

    [Theory]
    [InlineData("/proc/self/environ")]
    [InlineData("/etc/passwd")]
    [InlineData("/dev/zero")]
    public async Task Load_FileLinkToASystemFile_IsNotRead(string target)
    {
        if (!File.Exists(target))
        {
            return;
        }

        using var folder = SampleKnowledge.CreateValid();
        File.CreateSymbolicLink(Path.Combine(folder.Path, "system.txt"), target);

        var kb = await LoadAsync(folder.Path);

        var error = Assert.Single(kb.Errors);
        Assert.Equal("system.txt", error.File);
        Assert.Contains("リンク先が知識フォルダの外です", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(kb.Entries, e => e.File == "system.txt");
        AssertNowhere(kb, "PATH=");
        AssertNowhere(kb, "root:");
    }

    [Fact]
    public async Task Load_FolderLinkOutsideTheFolder_IsNotWalked()
    {
        using var folder = SampleKnowledge.CreateValid();
        var secret = "DXBOT-SECRET-" + Guid.NewGuid().ToString("N");
        var outside = Path.Combine(Path.GetDirectoryName(folder.Path)!, "elsewhere");
        Directory.CreateDirectory(outside);
        await File.WriteAllTextAsync(Path.Combine(outside, "plan.txt"), $"資料\n\n{Passage}{secret}{Passage}\n");
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "linked"), outside);

        var kb = await LoadAsync(folder.Path);

        AssertNowhere(kb, secret);
        var error = Assert.Single(kb.Errors);
        Assert.Equal("linked", error.File);
        Assert.Contains("リンク先が知識フォルダの外です", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_FolderLinksThatFormCycles_FinishesWithAnErrorForEach()
    {
        using var folder = SampleKnowledge.CreateValid();
        Directory.CreateDirectory(Path.Combine(folder.Path, "loops"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loops", "a"), Path.Combine(folder.Path, "loops", "b"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loops", "b"), Path.Combine(folder.Path, "loops", "a"));
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loops", "up"), folder.Path);
        Directory.CreateSymbolicLink(Path.Combine(folder.Path, "loops", "self"), "..");

        var kb = await LoadAsync(folder.Path);

        Assert.Equal(["loops/a", "loops/b", "loops/self", "loops/up"], kb.Errors.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.Equal(10, kb.Entries.Count);
        Assert.Equal(7, kb.FileCount);
    }

    [Fact]
    public async Task Load_FileLinkInsideTheFolder_IsRead()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("archive/plan.txt", $"資料\n\n{Passage}{Passage}\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "current"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "current", "plan.txt"), Path.Combine("..", "archive", "plan.txt"));

        var kb = await LoadAsync(folder.Path);

        Assert.Empty(kb.Errors);
        Assert.Contains(kb.Entries, e => e.File == "current/plan.txt");
    }

    [Fact]
    public async Task Load_FifoNamedLikeAPlan_FinishesWithOneErrorAndTheRestLoaded()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = SampleKnowledge.CreateValid();
        await MakeFifoAsync(Path.Combine(folder.Path, "x.txt"));

        var kb = await LoadAsync(folder.Path);

        var error = Assert.Single(kb.Errors);
        Assert.Equal("x.txt", error.File);
        Assert.Contains("名前付きパイプ", error.Message, StringComparison.Ordinal);
        Assert.Equal(10, kb.Entries.Count);
    }

    [Fact]
    public async Task Load_YamlAliasBombAsAMappingKey_IsRefusedWithAnError()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/support.yaml", AliasBomb());

        var kb = await LoadAsync(folder.Path);

        var error = Assert.Single(kb.Errors);
        Assert.Equal("cities/handa/support.yaml", error.File);
        Assert.Contains("YAML の要素が多すぎる", error.Message, StringComparison.Ordinal);
        Assert.Empty(kb.SupportPrograms);
        Assert.Equal("半田市", kb.Cities["handa"].Name);
    }

    [Fact]
    public async Task Load_YamlWithMoreAliasesThanTheLimit_IsRefused()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/support.yaml", "a: &a x\nlist: [*a, *a, *a, *a]\n");

        var kb = await LoadAsync(folder.Path, new KnowledgeLimits { YamlMaxAliases = 3 });

        var error = Assert.Single(kb.Errors);
        Assert.Equal(("cities/handa/support.yaml", 2), (error.File, error.Line));
        Assert.Contains("別名", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_DeeplyNestedYaml_IsRefused()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("cities/handa/support.yaml", "a: " + new string('[', 5000) + new string(']', 5000) + "\n");

        var kb = await LoadAsync(folder.Path);

        var error = Assert.Single(kb.Errors);
        Assert.Equal("cities/handa/support.yaml", error.File);
        Assert.Contains("入れ子が深すぎる", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Load_TwentyMegabyteSingleLineText_IsRefusedBySizeAndTheRestLoaded()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("huge.txt", new string('あ', 7_000_000));

        var kb = await LoadAsync(folder.Path);

        var error = Assert.Single(kb.Errors);
        Assert.Equal("huge.txt", error.File);
        Assert.Contains("ファイルが大きすぎる", error.Message, StringComparison.Ordinal);
        Assert.Equal(10, kb.Entries.Count);
    }

    [Fact]
    public async Task Load_FileOfHalfAMegabyte_IsReadWhole()
    {
        // Read into an array of the file's size (TextFileReader), not through a growing stream: all of it, to the end.
        using var folder = SampleKnowledge.CreateValid();
        var marker = "DXBOT-END-" + Guid.NewGuid().ToString("N");
        var lines = string.Concat(Enumerable.Repeat(Passage + "\n", 4_000));
        folder.Write("large.txt", $"資料\n\n{lines}{Passage}{marker}\n");
        Assert.True(new FileInfo(Path.Combine(folder.Path, "large.txt")).Length > 500_000);

        var kb = await LoadAsync(folder.Path);

        Assert.Empty(kb.Errors);
        Assert.Contains(kb.Entries, e => e.File == "large.txt" && e.Body.Contains(marker, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Load_LineLongerThanTheLimit_RefusesTheFileAndNamesTheLine()
    {
        using var folder = SampleKnowledge.CreateValid();
        folder.Write("long.txt", $"資料\n\n{Passage}\n{new string('あ', 1001)}\n");

        var kb = await LoadAsync(folder.Path, new KnowledgeLimits { MaxLineLength = 1000 });

        var error = Assert.Single(kb.Errors);
        Assert.Equal(("long.txt", 4), (error.File, error.Line));
        Assert.Contains("1 行が長すぎる", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(kb.Entries, e => e.File == "long.txt");
    }

    [Fact]
    public async Task Load_FilesBeyondTheTotalSize_AreLeftOutWithAnErrorEach()
    {
        using var folder = new TempKnowledgeFolder();
        var text = $"資料\n\n{Passage}{Passage}\n";
        folder.Write("a.txt", text).Write("b.txt", text).Write("c.txt", text);
        var size = new FileInfo(Path.Combine(folder.Path, "a.txt")).Length;

        var kb = await LoadAsync(folder.Path, new KnowledgeLimits { MaxFileBytes = size, MaxTotalBytes = (2 * size) + 1 });

        var error = Assert.Single(kb.Errors);
        Assert.Equal("c.txt", error.File);
        Assert.Contains("全体の大きさが上限", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a.txt", "b.txt"], kb.Entries.Select(e => e.File!).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Load_FoldersDeeperThanTheLimit_AreNotWalked()
    {
        using var folder = new TempKnowledgeFolder();
        var text = $"資料\n\n{Passage}{Passage}\n";
        folder.Write("a/b/ok.txt", text).Write("a/b/c/deep.txt", text);

        var kb = await LoadAsync(folder.Path, new KnowledgeLimits { MaxDepth = 2 });

        var error = Assert.Single(kb.Errors);
        Assert.Equal("a/b/c", error.File);
        Assert.Contains("階層が深すぎる", error.Message, StringComparison.Ordinal);
        Assert.Equal(["a/b/ok.txt"], kb.Entries.Select(e => e.File!).Distinct());
    }

    [Fact]
    public async Task Load_MoreFilesThanTheLimit_TakesTheLimitAndReportsTheRest()
    {
        using var folder = new TempKnowledgeFolder();
        var text = $"資料\n\n{Passage}{Passage}\n";
        folder.Write("a.txt", text).Write("b.txt", text).Write("c.txt", text);

        var kb = await LoadAsync(folder.Path, new KnowledgeLimits { MaxFiles = 2 });

        var error = Assert.Single(kb.Errors);
        Assert.Contains("多すぎる", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, kb.FileCount);
    }

    [Fact]
    public void Validate_NonPositiveLimits_AreNamed()
    {
        var problems = new KnowledgeLimits { MaxFileBytes = 0, YamlMaxAliases = -1 }.Validate();

        Assert.Contains(problems, p => p.Contains(nameof(KnowledgeLimits.MaxFileBytes), StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains(nameof(KnowledgeLimits.YamlMaxAliases), StringComparison.Ordinal));
        Assert.Empty(KnowledgeLimits.Default.Validate());
    }

    /// <summary>The 653-byte shape of the report: nine levels of nine aliases, the last used as a mapping key.</summary>
    internal static string AliasBomb()
    {
        var lines = new List<string> { "l0: &l0 [x, x, x, x, x, x, x, x, x]" };
        for (var level = 1; level <= 8; level++)
        {
            var alias = $"*l{level - 1}";
            lines.Add($"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat(alias, 9))}]");
        }

        lines.Add("? *l8");
        lines.Add(": boom");
        return string.Join('\n', lines) + "\n";
    }

    private static async Task<KnowledgeBase> LoadAsync(string path, KnowledgeLimits? limits = null)
    {
        // On a thread of its own, so a load that hangs (the old FIFO behaviour) fails this test instead of the run.
        var load = Task.Factory.StartNew(() => new KnowledgeLoader(limits).Load([path]), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        return await load.WaitAsync(HangLimit);
    }

    private static void AssertNowhere(KnowledgeBase kb, string text) =>
        Assert.DoesNotContain(kb.Entries, e => $"{e.Title}\n{e.Body}\n{string.Join('\n', e.Keywords)}\n{e.Source}".Contains(text, StringComparison.Ordinal));

    private static async Task MakeFifoAsync(string path)
    {
        using var process = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
    }
}
