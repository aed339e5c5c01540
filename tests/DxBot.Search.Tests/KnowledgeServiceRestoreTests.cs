using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Search.Tests;

/// <summary>
/// Issue #16 finding 12: knowledge that yields nothing never replaces or deletes a good generation, and a restart
/// serves the last good generation on disk, even when <c>current</c> is unusable.
/// </summary>
public sealed class KnowledgeServiceRestoreTests
{
    private static readonly SearchRequest RateQuestion = new("マイナンバーカードの交付率は？", "tsushima");

    [Fact]
    public async Task KnowledgeWithoutEntriesIsRefusedAndTheGenerationInServiceStaysInServiceAndOnDisk()
    {
        using var root = new TemporaryFolder();
        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path, RetireDelay = TimeSpan.Zero });
        await service.ReindexAsync(TestKnowledge.Create());
        var missing = new KnowledgeBase { Errors = [new KnowledgeError("/srv/knowledge", 0, "知識フォルダが見つかりません。")] };

        var report = await service.ReindexAsync(() => missing);

        Assert.False(report.Succeeded);
        Assert.True(report.Refused);
        Assert.Equal(1, report.Generation);
        Assert.Equal(1, service.Current.Generation);
        Assert.Equal(TestKnowledge.RateEntry, service.Current.Searcher.Search(RateQuestion)[0].Entry.Id);
        Assert.Equal(["gen-000001"], root.Folders());
        Assert.Equal(1, service.Store!.ReadCurrent());
    }

    [Fact]
    public async Task ARestartServesTheLastGoodGenerationFromDisk()
    {
        using var root = new TemporaryFolder();
        using (var first = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path }))
        {
            await first.ReindexAsync(TestKnowledge.Create());
        }

        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        var restored = service.Restore();

        Assert.Equal(new RestoredGeneration(1, TestKnowledge.Create().Entries.Count, null), restored);
        Assert.Equal(1, service.Current.Generation);
        Assert.Equal(TestKnowledge.Create().Cities.Keys.Order(), service.Current.Base.Cities.Keys.Order());
        Assert.Equal(TestKnowledge.RateEntry, service.Current.Searcher.Search(RateQuestion)[0].Entry.Id);

        // A rebuild that finds nothing after the restart keeps the restored generation and its folder.
        var report = await service.ReindexAsync(() => new KnowledgeBase());
        Assert.True(report.Refused);
        Assert.Equal(1, service.Current.Generation);
        Assert.Equal(["gen-000001"], root.Folders());

        // A good rebuild takes the next number and replaces it.
        report = await service.ReindexAsync(TestKnowledge.Create());
        Assert.True(report.Succeeded, report.Failure);
        Assert.Equal(2, service.Current.Generation);
        Assert.Equal(2, service.Store!.ReadCurrent());
    }

    [Fact]
    public async Task ACurrentThatIsADirectoryFallsBackToTheNewestGoodGenerationAndIsRepaired()
    {
        using var root = new TemporaryFolder();
        using (var first = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path }))
        {
            await first.ReindexAsync(TestKnowledge.Create());
        }

        // A newer folder that was never completed (no stored knowledge) must be passed over.
        Directory.CreateDirectory(Path.Combine(root.Path, "gen-000002"));
        var pointer = Path.Combine(root.Path, IndexGenerationStore.CurrentFileName);
        File.Delete(pointer);
        Directory.CreateDirectory(pointer);

        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        var restored = service.Restore();

        Assert.NotNull(restored);
        Assert.Equal(1, restored.Generation);
        Assert.Contains("directory", restored.Problem, StringComparison.Ordinal);
        Assert.Equal(TestKnowledge.RateEntry, service.Current.Searcher.Search(RateQuestion)[0].Entry.Id);
        Assert.True(File.Exists(pointer));
        Assert.Equal(1, service.Store!.ReadCurrent());

        var report = await service.ReindexAsync(TestKnowledge.Create());
        Assert.True(report.Succeeded, report.Failure);
        Assert.Equal(3, service.Store.ReadCurrent());
    }

    [Fact]
    public async Task ACurrentNamingAMissingGenerationFallsBackToOneOnDisk()
    {
        using var root = new TemporaryFolder();
        using (var first = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path }))
        {
            await first.ReindexAsync(TestKnowledge.Create());
        }

        new IndexGenerationStore(root.Path).Publish(7);

        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        var restored = service.Restore();

        Assert.Equal(1, restored?.Generation);
        Assert.Contains("gen-000007", restored?.Problem, StringComparison.Ordinal);
        Assert.Equal(1, service.Store!.ReadCurrent());
    }

    [Fact]
    public void NothingOnDiskRestoresNothing()
    {
        using var root = new TemporaryFolder();
        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });

        Assert.Null(service.Restore());
        Assert.Equal(0, service.Current.Generation);
    }
}
