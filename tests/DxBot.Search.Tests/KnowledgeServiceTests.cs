using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Search.Tests;

public sealed class KnowledgeServiceTests
{
    private static readonly SearchRequest RateQuestion = new("マイナンバーカードの交付率は？", "tsushima");

    [Fact]
    public void BeforeTheFirstReindexThereIsAnEmptyGenerationZero()
    {
        using var service = new KnowledgeService();

        Assert.Equal(0, service.Current.Generation);
        Assert.Empty(service.Current.Base.Entries);
        Assert.Empty(service.Current.Searcher.Search(RateQuestion));
    }

    [Fact]
    public async Task AReindexRunsOnAThreadOfItsOwnNotOneOfThePools()
    {
        // The turns run on the pool; a reindex holding one of its few threads for seconds made them wait.
        using var service = new KnowledgeService();
        bool? onPool = null;

        var report = await service.ReindexAsync(() =>
        {
            onPool = Thread.CurrentThread.IsThreadPoolThread;
            return TestKnowledge.Create();
        });

        Assert.True(report.Succeeded, report.Failure);
        Assert.False(onPool);
    }

    [Fact]
    public async Task ANewGenerationHasTheTermsAskedOfTheOneBeforeLookedUpBeforeItServes()
    {
        using var service = new KnowledgeService(new KnowledgeServiceOptions { RetireDelay = TimeSpan.Zero });
        await service.ReindexAsync(TestKnowledge.Create());
        Assert.NotEmpty(service.Current.Searcher.Search(RateQuestion));
        var asked = ((LuceneKnowledgeSearcher)service.Current.Searcher).Index;
        var terms = asked.Analyzer.Terms(RateQuestion.Text, KnowledgeFields.Body);
        Assert.Contains(terms, t => asked.HasTermContext(KnowledgeFields.Body, t));

        var report = await service.ReindexAsync(TestKnowledge.Create());

        Assert.Contains(report.Phases, p => p.Name == "warm-up");
        var fresh = ((LuceneKnowledgeSearcher)service.Current.Searcher).Index;
        Assert.NotSame(asked, fresh);
        Assert.All(terms.Where(t => asked.HasTermContext(KnowledgeFields.Body, t)), t => Assert.True(fresh.HasTermContext(KnowledgeFields.Body, t)));
    }

    [Fact]
    public async Task TheKnowledgeIsPreparedBeforeItServesEachTime()
    {
        var prepared = new List<(KnowledgeBase Knowledge, long GenerationInService)>();
        Func<long> inService = () => -1;
        using var service = new KnowledgeService(new KnowledgeServiceOptions
        {
            RetireDelay = TimeSpan.Zero,
            Prepare = knowledge => prepared.Add((knowledge, inService())),
        });
        inService = () => service.Current.Generation;
        var first = TestKnowledge.Create();
        var second = TestKnowledge.Create();

        await service.ReindexAsync(first);
        var report = await service.ReindexAsync(second);

        // Each generation's own knowledge, while the one before was still the one served.
        Assert.Equal(2, prepared.Count);
        Assert.Same(first, prepared[0].Knowledge);
        Assert.Same(second, prepared[1].Knowledge);
        Assert.Equal(0, prepared[0].GenerationInService);
        Assert.Equal(service.Current.Generation - 1, prepared[1].GenerationInService);
        Assert.Same(second, service.Current.Base);
        Assert.Contains(report.Phases, p => p.Name == "prepared");
    }

    [Fact]
    public async Task APreparationThatFailsFailsTheReindexAndTheGenerationInServiceStays()
    {
        var fail = false;
        using var service = new KnowledgeService(new KnowledgeServiceOptions
        {
            RetireDelay = TimeSpan.Zero,
            Prepare = _ => { if (fail) { throw new InvalidOperationException("lookups broken"); } },
        });
        var first = TestKnowledge.Create();
        await service.ReindexAsync(first);
        var served = service.Current.Generation;
        fail = true;

        var report = await service.ReindexAsync(TestKnowledge.Create());

        // Made beside the analysis, but still a step of the reindex: its failure is the reindex's, nothing is swapped.
        Assert.Contains("lookups broken", report.Failure);
        Assert.Equal(served, service.Current.Generation);
        Assert.Same(first, service.Current.Base);
    }

    [Fact]
    public async Task ReindexPutsTheKnowledgeInServiceAndReportsIt()
    {
        using var service = new KnowledgeService();
        var error = new KnowledgeError("cities/tsushima/kpi.md", 12, "section without 出典");
        var knowledge = TestKnowledge.Create() with { Errors = [error] };

        var report = await service.ReindexAsync(() => knowledge);

        Assert.True(report.Succeeded);
        Assert.Null(report.Failure);
        Assert.Equal(1, report.Generation);
        Assert.Equal(knowledge.Entries.Count, report.Entries);
        Assert.Equal(2, report.Cities);
        Assert.Equal(5, report.Files);
        Assert.Equal([error], report.Errors);
        Assert.True(report.Elapsed > TimeSpan.Zero);
        Assert.Equal(1, service.Current.Generation);
        Assert.Same(knowledge, service.Current.Base);
        Assert.Equal(TestKnowledge.RateEntry, service.Current.Searcher.Search(RateQuestion)[0].Entry.Id);
    }

    [Fact]
    public async Task FailedLoadKeepsTheOldGenerationInService()
    {
        using var service = new KnowledgeService();
        await service.ReindexAsync(TestKnowledge.Create());
        var before = service.Current;

        var report = await service.ReindexAsync(() => throw new InvalidDataException("synonyms.txt: line 3 is broken"));

        Assert.False(report.Succeeded);
        Assert.Contains("synonyms.txt: line 3 is broken", report.Failure);
        Assert.Equal(1, report.Generation);
        Assert.Same(before, service.Current);
        Assert.Equal(TestKnowledge.RateEntry, service.Current.Searcher.Search(RateQuestion)[0].Entry.Id);
    }

    [Fact]
    public async Task FailedBuildKeepsTheOldGenerationAndLeavesNoFolderBehind()
    {
        using var root = new TemporaryFolder();
        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path, RetireDelay = TimeSpan.Zero });
        await service.ReindexAsync(TestKnowledge.Create());
        var before = service.Current;
        var good = TestKnowledge.Create();
        var broken = good with { Entries = new FailingList<KnowledgeEntry>(good.Entries, failAfter: 3) };

        var report = await service.ReindexAsync(broken);

        Assert.Contains("disk on fire", report.Failure);
        Assert.Equal(1, report.Generation);
        Assert.Same(before, service.Current);
        Assert.Equal(["gen-000001"], root.Folders());
        Assert.Equal(1, service.Store!.ReadCurrent());
        Assert.Equal(TestKnowledge.RateEntry, service.Current.Searcher.Search(RateQuestion)[0].Entry.Id);
    }

    [Fact]
    public async Task TheGenerationInServiceAnswersFromMemoryWhateverHappensToItsFolder()
    {
        using var root = new TemporaryFolder();
        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path, RetireDelay = TimeSpan.Zero });
        await service.ReindexAsync(TestKnowledge.Create());
        var folder = service.Store!.PathOf(service.Current.Generation);
        Assert.NotEmpty(Directory.GetFiles(folder, "segments_*", SearchOption.AllDirectories));

        // The files overwritten in place (a memory-mapped index would read the zeros) and then removed: the generation
        // in service was copied into memory when it opened, so neither a disk fault nor a clean-up takes search down.
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            File.WriteAllBytes(file, new byte[new FileInfo(file).Length]);
            File.Delete(file);
        }

        Assert.Equal(TestKnowledge.RateEntry, service.Current.Searcher.Search(RateQuestion)[0].Entry.Id);
    }

    [Fact]
    public async Task ASnapshotTakenBeforeASwapKeepsAnsweringFromItsGeneration()
    {
        using var service = new KnowledgeService(new KnowledgeServiceOptions { RetireDelay = TimeSpan.FromMinutes(5) });
        await service.ReindexAsync(TestKnowledge.Create());
        var old = service.Current;
        var renamed = TestKnowledge.Create() with
        {
            Entries = [.. TestKnowledge.Create().Entries.Where(e => e.Id != TestKnowledge.RateEntry)],
        };

        await service.ReindexAsync(renamed);

        Assert.Equal(2, service.Current.Generation);
        Assert.Equal(1, old.Generation);
        Assert.Equal(TestKnowledge.RateEntry, old.Searcher.Search(RateQuestion)[0].Entry.Id);
        Assert.DoesNotContain(service.Current.Searcher.Search(RateQuestion), h => h.Entry.Id == TestKnowledge.RateEntry);
    }

    [Fact]
    public async Task ARetiredSnapshotAnswersNothingButDoesNotThrow()
    {
        using var service = new KnowledgeService(new KnowledgeServiceOptions { RetireDelay = TimeSpan.Zero });
        await service.ReindexAsync(TestKnowledge.Create());
        var old = service.Current;

        await service.ReindexAsync(TestKnowledge.Create());

        Assert.Empty(old.Searcher.Search(RateQuestion));
        Assert.NotEmpty(service.Current.Searcher.Search(RateQuestion));
    }

    [Fact]
    public async Task GenerationsAreFoldersPublishedByTheCurrentFileAndOldOnesAreDeleted()
    {
        using var root = new TemporaryFolder();
        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path, RetireDelay = TimeSpan.Zero });

        var first = await service.ReindexAsync(TestKnowledge.Create());
        Assert.Equal(["gen-000001"], root.Folders());
        Assert.Equal("gen-000001", File.ReadAllText(Path.Combine(root.Path, "current")).Trim());

        var second = await service.ReindexAsync(TestKnowledge.Create());

        Assert.Equal((1, 2), (first.Generation, second.Generation));
        Assert.Equal(["gen-000002"], root.Folders());
        Assert.Equal("gen-000002", File.ReadAllText(Path.Combine(root.Path, "current")).Trim());
        // One Lucene index a city (and one for the national entries), each in its part folder.
        Assert.Equal(
            ["part-000", "part-001", "part-002"],
            Directory.GetDirectories(Path.Combine(root.Path, "gen-000002")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(
            Directory.GetDirectories(Path.Combine(root.Path, "gen-000002")),
            part => Assert.Contains(Directory.GetFiles(part), f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal)));
        Assert.False(File.Exists(Path.Combine(root.Path, "current.tmp")));
    }

    [Fact]
    public async Task ARetiringGenerationKeepsItsFolderUntilItCloses()
    {
        using var root = new TemporaryFolder();
        var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path, RetireDelay = TimeSpan.FromMinutes(5) });
        await service.ReindexAsync(TestKnowledge.Create());
        await service.ReindexAsync(TestKnowledge.Create());

        Assert.Equal(["gen-000001", "gen-000002"], root.Folders());

        service.Dispose();

        // Shutting down closes the retiring generation at once; the current one keeps its folder for the next start.
        Assert.Equal(["gen-000002"], await WaitForFolders(root, ["gen-000002"]));
    }

    [Fact]
    public async Task ASecondServiceOnTheSameRootNeitherTouchesItNorFails()
    {
        using var root = new TemporaryFolder();
        var owner = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });
        await owner.ReindexAsync(TestKnowledge.Create());

        using (var second = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path }))
        {
            var report = await second.ReindexAsync(TestKnowledge.Create());

            Assert.True(second.IndexRootInUse);
            Assert.Null(second.Store);
            Assert.True(report.Succeeded);
            Assert.NotEmpty(second.Current.Searcher.Search(RateQuestion));
            Assert.Equal(["gen-000001"], root.Folders());
            Assert.NotEmpty(owner.Current.Searcher.Search(RateQuestion));
        }

        owner.Dispose();
        using var next = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });

        Assert.False(next.IndexRootInUse);
        Assert.NotNull(next.Store);
    }

    [Fact]
    public async Task LeftoversOfAnEarlierRunArePrunedAndNeverReused()
    {
        using var root = new TemporaryFolder();
        Directory.CreateDirectory(Path.Combine(root.Path, "gen-000007"));
        Directory.CreateDirectory(Path.Combine(root.Path, "gen-000009"));
        new IndexGenerationStore(root.Path).Publish(7);
        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path });

        var report = await service.ReindexAsync(TestKnowledge.Create());

        Assert.Equal(10, report.Generation);
        Assert.Equal(["gen-000010"], root.Folders());
        Assert.Equal(10, service.Store!.ReadCurrent());
    }

    [Fact]
    public async Task CancellationThrowsAndKeepsTheOldGeneration()
    {
        using var service = new KnowledgeService();
        await service.ReindexAsync(TestKnowledge.Create());
        var before = service.Current;
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => service.ReindexAsync(TestKnowledge.Create(), cancelled.Token));

        Assert.Same(before, service.Current);
    }

    [Fact]
    public async Task DuplicateIdsAreReportedWithTheKnowledgeErrors()
    {
        using var service = new KnowledgeService();
        var duplicate = TestKnowledge.Entry(TestKnowledge.RateEntry, "tsushima", "mynumber", "重複", "同じIDのエントリです。");

        var report = await service.ReindexAsync(TestKnowledge.Create(duplicate));

        Assert.True(report.Succeeded);
        Assert.Equal(TestKnowledge.Create().Entries.Count, report.Entries);
        Assert.Contains(report.Errors, e => e.Message.Contains("duplicate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchesDuringReindexesKeepGettingAnswers()
    {
        using var root = new TemporaryFolder();
        using var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = root.Path, RetireDelay = TimeSpan.FromSeconds(10) });
        await service.ReindexAsync(TestKnowledge.Create());
        using var stop = new CancellationTokenSource();
        var running = Enumerable.Range(0, 2).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        var searches = running.Select(started => Task.Run(() =>
        {
            int count = 0;
            while (!stop.IsCancellationRequested)
            {
                Assert.Equal(TestKnowledge.RateEntry, service.Current.Searcher.Search(RateQuestion)[0].Entry.Id);
                count++;
                started.TrySetResult();
            }

            return count;
        })).ToList();

        // Both searching before the reindexes start: the reindexes no longer take pool threads, and could all be over
        // before the pool had started the second search.
        await Task.WhenAll(running.Select(r => r.Task)).WaitAsync(TimeSpan.FromMinutes(2));

        for (int i = 0; i < 5; i++)
        {
            Assert.True((await service.ReindexAsync(TestKnowledge.Create())).Succeeded);
        }

        await stop.CancelAsync();
        var counts = await Task.WhenAll(searches);

        Assert.Equal(6, service.Current.Generation);
        Assert.All(counts, c => Assert.True(c > 0));
    }

    [Fact]
    public async Task ConcurrentReindexesAreSerialised()
    {
        using var service = new KnowledgeService(new KnowledgeServiceOptions { RetireDelay = TimeSpan.Zero });

        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => service.ReindexAsync(TestKnowledge.Create())));

        Assert.Equal([1, 2, 3, 4], reports.Select(r => r.Generation).Order());
        Assert.Equal(4, service.Current.Generation);
    }

    [Fact]
    public async Task CreateAsyncGivesAServiceWithTheKnowledgeInService()
    {
        using var root = new TemporaryFolder();
        using var service = await KnowledgeService.CreateAsync(TestKnowledge.Create(), root.Path);

        Assert.Equal(1, service.Current.Generation);
        Assert.Equal(TestKnowledge.RateEntry, service.Current.Searcher.Search(RateQuestion)[0].Entry.Id);
        Assert.Equal(["gen-000001"], root.Folders());
    }

    private static async Task<IReadOnlyList<string>> WaitForFolders(TemporaryFolder root, IReadOnlyList<string> expected)
    {
        // The retiring generation closes on a thread-pool continuation of its cancelled delay.
        for (int i = 0; i < 100 && !root.Folders().SequenceEqual(expected); i++)
        {
            await Task.Delay(20);
        }

        return root.Folders();
    }
}
