using System.Text.Json.Nodes;
using DxBot.Knowledge;

namespace DxBot.Search.Tests;

/// <summary>
/// Issue #17, start-up: a restart on unchanged knowledge keeps the generation on disk instead of building it again;
/// any change to the knowledge, a generation written before fingerprints, or an explicit reindex still builds.
/// </summary>
public sealed class KnowledgeServiceKeepUnchangedTests
{
    private static readonly SearchRequest RateQuestion = new("マイナンバーカードの交付率は？", "tsushima");

    [Fact]
    public async Task ARestartOnUnchangedKnowledgeKeepsTheGenerationOnDiskWithoutABuild()
    {
        using var root = new TemporaryFolder();
        await BuildFirstGenerationAsync(root);

        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        service.Restore();
        var report = await service.ReindexAsync(() => TestKnowledge.Create(), refuseOnErrors: false, keepIfUnchanged: true);

        Assert.True(report.Succeeded, report.Failure);
        Assert.True(report.Unchanged);
        Assert.Equal(1, report.Generation);
        Assert.Equal(TestKnowledge.Create().Entries.Count, report.Entries);
        Assert.Equal(1, service.Current.Generation);
        Assert.Equal(["gen-000001"], root.Folders());
        Assert.Equal(1, service.Store!.ReadCurrent());
        Assert.Equal(TestKnowledge.RateEntry, service.Current.Searcher.Search(RateQuestion)[0].Entry.Id);
    }

    [Fact]
    public async Task AChangedEntryIsBuiltAtRestart()
    {
        using var root = new TemporaryFolder();
        await BuildFirstGenerationAsync(root);
        var changed = TestKnowledge.Create(TestKnowledge.Entry("extra", "handa", "online", "粗大ごみの申込", "粗大ごみはオンラインで申し込めます。"));

        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        service.Restore();
        var report = await service.ReindexAsync(() => changed, refuseOnErrors: false, keepIfUnchanged: true);

        Assert.True(report.Succeeded, report.Failure);
        Assert.False(report.Unchanged);
        Assert.Equal(2, service.Current.Generation);
        Assert.Equal(changed.Entries.Count, service.Current.Base.Entries.Count);
    }

    [Fact]
    public async Task AGenerationWrittenBeforeFingerprintsIsBuiltAgainAtRestart()
    {
        using var root = new TemporaryFolder();
        await BuildFirstGenerationAsync(root);
        var stored = Path.Combine(root.Path, "gen-000001", "knowledge.json");
        var json = JsonNode.Parse(await File.ReadAllTextAsync(stored))!.AsObject();
        Assert.True(json.Remove("Fingerprint"));
        await File.WriteAllTextAsync(stored, json.ToJsonString());

        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        Assert.NotNull(service.Restore());
        var report = await service.ReindexAsync(() => TestKnowledge.Create(), refuseOnErrors: false, keepIfUnchanged: true);

        Assert.False(report.Unchanged);
        Assert.Equal(2, service.Current.Generation);
    }

    [Fact]
    public async Task AnExplicitReindexOfUnchangedKnowledgeStillBuilds()
    {
        using var root = new TemporaryFolder();
        await BuildFirstGenerationAsync(root);

        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        service.Restore();
        var report = await service.ReindexAsync(() => TestKnowledge.Create(), refuseOnErrors: true);

        Assert.False(report.Unchanged);
        Assert.Equal(2, service.Current.Generation);
    }

    [Fact]
    public async Task AGenerationBuiltInThisProcessIsKeptWhenTheKnowledgeComesBackUnchanged()
    {
        using var root = new TemporaryFolder();
        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path, RetireDelay = TimeSpan.Zero });
        await service.ReindexAsync(TestKnowledge.Create());

        var report = await service.ReindexAsync(() => TestKnowledge.Create(), refuseOnErrors: false, keepIfUnchanged: true);

        Assert.True(report.Unchanged);
        Assert.Equal(1, service.Current.Generation);
        Assert.Equal(["gen-000001"], root.Folders());
    }

    [Fact]
    public async Task TheStoredKnowledgeIsTheKnowledgeWithItsFingerprintAndBuildTime()
    {
        // Each part's entries are stored in a file of their own and knowledge.json holds the rest and their order: read
        // back, the same knowledge, entries in the loaded order (not the parts').
        using var root = new TemporaryFolder();
        var knowledge = TestKnowledge.Create();
        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });

        var report = await service.ReindexAsync(knowledge);

        Assert.True(report.Succeeded, report.Failure);
        var folder = Path.Combine(root.Path, "gen-000001");
        var stored = System.Text.Json.JsonSerializer.Deserialize<PersistedKnowledge>(await File.ReadAllTextAsync(Path.Combine(folder, PersistedKnowledge.FileName)))!;
        Assert.NotNull(stored.EntryFiles);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(knowledge), System.Text.Json.JsonSerializer.Serialize(PersistedKnowledgeWriter.Read(folder, stored)));
        Assert.StartsWith(KnowledgeFingerprint.Program + ".", stored.Fingerprint, StringComparison.Ordinal);
        Assert.Equal(service.Current.BuiltAt, stored.BuiltAt);
        Assert.DoesNotContain(Directory.EnumerateFiles(folder), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static async Task BuildFirstGenerationAsync(TemporaryFolder root)
    {
        using var first = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        var report = await first.ReindexAsync(TestKnowledge.Create());
        Assert.True(report.Succeeded, report.Failure);
    }
}
