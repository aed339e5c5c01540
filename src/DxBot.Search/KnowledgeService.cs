using System.Collections.Concurrent;
using System.Text.Json;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using Lucene.Net.Store;

namespace DxBot.Search;

/// <summary>
/// Holds the knowledge in service and replaces it on reindex: a new generation is built completely (on disk, then
/// published through the <c>current</c> file) and swapped in atomically, so a turn keeps the snapshot it took. A build
/// that fails leaves the old generation in service. Replaced generations are closed after
/// <see cref="KnowledgeServiceOptions.RetireDelay"/> and once their last search has finished; their folders are deleted.
/// </summary>
public sealed class KnowledgeService : IKnowledgeProvider, IDisposable
{
    // The terms a new generation looks up before it goes into service; the cache they come from holds up to 200,000.
    private const int MaxWarmTerms = 50_000;

    private readonly KnowledgeServiceOptions options;
    private readonly SemaphoreSlim reindexing = new(1, 1);
    private readonly CancellationTokenSource stopping = new();

    // Generations not yet closed: the one in service and those retiring; their folders must survive a prune.
    private readonly ConcurrentDictionary<long, KnowledgeIndex> open = new();
    private InService current;
    private long lastGeneration;
    private long publishedGeneration = -1;
    private int disposed;

    // What the generation in service was built from (KnowledgeFingerprint); null when unknown (built before it was kept).
    private string? inServiceFingerprint;

    public KnowledgeService(KnowledgeServiceOptions? options = null)
    {
        this.options = options ?? new KnowledgeServiceOptions();
        if (this.options.IndexRoot is { } root)
        {
            var store = new IndexGenerationStore(root);
            if (store.TryLock())
            {
                Store = store;
            }
            else
            {
                IndexRootInUse = true;
            }
        }

        current = new InService(null, new KnowledgeSnapshot(KnowledgeBase.Empty, EmptyKnowledgeSearcher.Instance, 0, this.options.Time.GetUtcNow()));
    }

    /// <summary>The snapshot in service: generation 0 with no knowledge until the first successful reindex.</summary>
    public KnowledgeSnapshot Current => Volatile.Read(ref current).Snapshot;

    /// <summary>The index root on disk; null when indexes are kept in memory.</summary>
    public IndexGenerationStore? Store { get; }

    /// <summary>True when the configured index root was held by another service, so this one keeps its index in memory.</summary>
    public bool IndexRootInUse { get; }

    /// <summary>Creates a service and puts <paramref name="knowledge"/> in service; throws if the index cannot be built.</summary>
    public static async Task<KnowledgeService> CreateAsync(KnowledgeBase knowledge, string? indexRoot = null, CancellationToken cancellationToken = default)
    {
        var service = new KnowledgeService(new KnowledgeServiceOptions { IndexRoot = indexRoot });
        try
        {
            var report = await service.ReindexAsync(knowledge, cancellationToken).ConfigureAwait(false);
            return report.Succeeded ? service : throw new InvalidOperationException($"The knowledge index could not be built: {report.Failure}");
        }
        catch
        {
            service.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Copies the generation <paramref name="seedRoot"/>'s <c>current</c> names into an index root that has none, and
    /// names it current: a first start then restores it as a restart would, and the check after it keeps it only if the
    /// knowledge and the analysis are still what it was built from. False (nothing copied) when the root holds any
    /// generation or pointer, when there is no root, or when the seed has no usable generation.
    /// </summary>
    public bool TakeOverSeed(string seedRoot)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        ArgumentException.ThrowIfNullOrEmpty(seedRoot);
        if (Store is null || Volatile.Read(ref current).Index is not null || Store.List().Count > 0
            || File.Exists(Path.Combine(Store.Root, IndexGenerationStore.CurrentFileName)))
        {
            return false;
        }

        using var seed = new IndexGenerationStore(seedRoot);
        if (seed.ReadCurrent() is not { } generation || !System.IO.Directory.Exists(seed.PathOf(generation)))
        {
            return false;
        }

        reindexing.Wait();
        try
        {
            // Copied under a name no listing takes for a generation, then renamed whole: a start killed halfway leaves
            // a stray folder, never half a generation.
            var copying = Path.Combine(Store.Root, ".seed-" + Guid.NewGuid().ToString("N"));
            try
            {
                CopyFolder(seed.PathOf(generation), copying);
                System.IO.Directory.Move(copying, Store.PathOf(generation));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                if (System.IO.Directory.Exists(copying))
                {
                    System.IO.Directory.Delete(copying, recursive: true);
                }

                throw;
            }

            Store.Publish(generation);
            return true;
        }
        finally
        {
            reindexing.Release();
        }
    }

    private static void CopyFolder(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in System.IO.Directory.EnumerateDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    /// <summary>
    /// Puts the last good generation on disk back in service, before any rebuild: the one <c>current</c> names, or,
    /// when that is unusable (a directory, garbage, a folder that does not open), the newest one that opens, which
    /// <c>current</c> then names again. Null when nothing on disk can be served (or a generation is already in service).
    /// Cheap: the index is small and the knowledge it was built from is stored beside it.
    /// </summary>
    public RestoredGeneration? Restore()
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        if (Store is null || Volatile.Read(ref current).Index is not null)
        {
            return null;
        }

        reindexing.Wait();
        try
        {
            var pointer = Store.ReadCurrentPointer();
            var problem = pointer.Problem;
            var candidates = Store.List().Reverse().ToList();
            if (pointer.Generation is { } named)
            {
                candidates.Remove(named);
                candidates.Insert(0, named);
            }

            foreach (var generation in candidates)
            {
                if (TryOpen(generation, out var why) is not { } opened)
                {
                    if (generation == pointer.Generation)
                    {
                        problem = $"`current` names {IndexGenerationStore.FolderName(generation)}, which cannot be served ({why})";
                    }

                    continue;
                }

                var (index, builtAt, fingerprint) = opened;
                if (generation != pointer.Generation)
                {
                    try
                    {
                        Store.Publish(generation);
                    }
                    catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                    {
                        // Served all the same; the next successful reindex writes the pointer.
                    }
                }

                options.Prepare?.Invoke(index.Base);
                open[generation] = index;
                lastGeneration = generation;
                Volatile.Write(ref publishedGeneration, generation);
                Volatile.Write(ref inServiceFingerprint, fingerprint);
                Volatile.Write(ref current, new InService(index, new KnowledgeSnapshot(index.Base, SearcherOf(index), generation, builtAt)));

                // Opening it read every entry's reading with MeCab (KnowledgeIndex.Open), which mapped most of the
                // dictionary (35 MiB of sys.dic); the questions that follow need a fraction of those pages.
                options.Morphology?.ReleaseDictionaryPages();
                return new RestoredGeneration(generation, index.Count, generation == pointer.Generation ? null : problem ?? "`current` is missing");
            }

            return null;
        }
        finally
        {
            reindexing.Release();
        }
    }

    public Task<ReindexReport> ReindexAsync(KnowledgeBase knowledge, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return ReindexAsync(() => knowledge, refuseOnErrors: false, cancellationToken);
    }

    /// <summary>
    /// Loads the knowledge and builds a new generation off the caller's thread, one reindex at a time. A loader or
    /// build failure is reported (<see cref="ReindexReport.Failure"/>), not thrown; cancellation throws. With
    /// <paramref name="refuseOnErrors"/>, knowledge with any error is not built at all (<see cref="ReindexReport.Refused"/>).
    /// </summary>
    public Task<ReindexReport> ReindexAsync(Func<KnowledgeBase> load, bool refuseOnErrors, CancellationToken cancellationToken = default) =>
        ReindexAsync(load, refuseOnErrors, keepIfUnchanged: false, cancellationToken);

    /// <inheritdoc cref="ReindexAsync(Func{KnowledgeBase}, bool, CancellationToken)"/>
    /// <param name="keepIfUnchanged">
    /// Keep the generation in service, without a build, when the knowledge and the program are those it was built
    /// from (<see cref="ReindexReport.Unchanged"/>): a restart on the same knowledge then costs a load, not a build.
    /// </param>
    public async Task<ReindexReport> ReindexAsync(Func<KnowledgeBase> load, bool refuseOnErrors, bool keepIfUnchanged, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(load);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        long started = options.Time.GetTimestamp();
        await reindexing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A thread of its own, not one of the pool's: on two cores the pool starts with two threads, and a reindex
            // holding one for seconds left the turns one until the pool slowly added more (p99 of seconds at 100×).
            return await Task.Factory.StartNew(
                () => Reindex(load, refuseOnErrors, keepIfUnchanged, started, cancellationToken),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).ConfigureAwait(false);
        }
        finally
        {
            reindexing.Release();
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        // Retiring generations are closed by their (now cancelled) delays; searches in flight still finish.
        stopping.Cancel();
        Volatile.Read(ref current).Index?.Dispose();
        Store?.Dispose();
    }

    /// <inheritdoc cref="ReindexAsync(Func{KnowledgeBase}, bool, CancellationToken)"/>
    public Task<ReindexReport> ReindexAsync(Func<KnowledgeBase> load, CancellationToken cancellationToken = default) =>
        ReindexAsync(load, refuseOnErrors: false, cancellationToken);

    private ReindexReport Reindex(Func<KnowledgeBase> load, bool refuseOnErrors, bool keepIfUnchanged, long started, CancellationToken cancellationToken)
    {
        long generation = Store?.Next(lastGeneration + 1) ?? lastGeneration + 1;
        KnowledgeBase? knowledge = null;
        KnowledgeIndex? index = null;
        var builtAt = DateTimeOffset.MinValue;
        string fingerprint;
        PersistedKnowledgeWriter? persisting = null;
        KnowledgeIndex? lent = null;
        Task? preparing = null;
        IKnowledgeSearcher? searcher = null;
        var phases = new ReindexPhases(options.Time);
        try
        {
            knowledge = load() ?? throw new InvalidOperationException("The knowledge loader returned no knowledge.");
            phases.End("load");
            cancellationToken.ThrowIfCancellationRequested();
            // No knowledge at all (a missing folder, every file broken) would answer nobody: it never replaces a generation.
            if (knowledge.Entries.Count == 0)
            {
                Store?.Delete(generation);
                return new ReindexReport(
                    Volatile.Read(ref current).Snapshot.Generation, 0, knowledge.Cities.Count, knowledge.FileCount, knowledge.Errors, options.Time.GetElapsedTime(started))
                {
                    Failure = $"The knowledge has no entries ({knowledge.Errors.Count} errors); the generation in service is kept.",
                    Refused = true,
                };
            }

            if (refuseOnErrors && knowledge.Errors.Count > 0)
            {
                Store?.Delete(generation);
                return new ReindexReport(
                    Volatile.Read(ref current).Snapshot.Generation, knowledge.Entries.Count, knowledge.Cities.Count, knowledge.FileCount, knowledge.Errors, options.Time.GetElapsedTime(started))
                {
                    Failure = $"The knowledge has {knowledge.Errors.Count} errors; fix them and reindex.",
                    Refused = true,
                };
            }

            // The generation in service lends the parts (and stored entries) of the cities that did not change. It
            // cannot close meanwhile: only a reindex retires it, and this is the reindex; the reference is for Dispose.
            var kept = Volatile.Read(ref current);
            lent = kept.Index is { } inService && inService.TryAcquire() ? inService : null;
            var plan = KnowledgeIndex.Plan(knowledge, lent, cancellationToken);
            phases.End("plan and part fingerprints");

            // With MeCab the index has a reading field: a generation built without it (or with it) is not the same build.
            // With an index folder each part's entries are written beside the generation as they are hashed.
            persisting = PersistedKnowledgeWriter.Begin(Store?.PathOf(generation), knowledge, plan, lent);
            fingerprint = persisting.Fingerprint + (options.Morphology is null ? string.Empty : ".readings");
            phases.End("stored entries and fingerprint");
            if (keepIfUnchanged && kept.Index is { } keptIndex && fingerprint == Volatile.Read(ref inServiceFingerprint))
            {
                lent?.Release();
                lent = null;
                Store?.Delete(generation);
                return new ReindexReport(
                    kept.Snapshot.Generation, keptIndex.Count, knowledge.Cities.Count, knowledge.FileCount, knowledge.Errors, options.Time.GetElapsedTime(started))
                {
                    Unchanged = true,
                };
            }

            // Nothing in service yet (a first start, or after a start whose restore failed): no resident is answered
            // until this build ends, so it takes every core; a reindex beside the turns keeps to one thread, leaving
            // them the other.
            var analysisThreads = kept.Index is null ? Environment.ProcessorCount : 1;

            // The dialogs' lookups need the loaded knowledge only, not the index: made on a thread of their own while
            // this one analyses and warms the index, instead of after it (75-150 ms of a one-city reindex's answer at
            // 100×, docs/benchmarks.md). Awaited before the generation is published, so it still serves with them made.
            preparing = options.Prepare is { } prepare
                ? Task.Factory.StartNew(() => prepare(knowledge), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default)
                : null;
            index = Build(knowledge, plan, persisting.EntryFiles, generation, lent, phases, analysisThreads, cancellationToken);
            searcher = SearcherOf(index);
            if (lent is not null)
            {
                index.WarmFrom(lent, MaxWarmTerms, cancellationToken);
                phases.End("warm-up");
                if (options.SearchWarmUp > TimeSpan.Zero && searcher is CachingKnowledgeSearcher caching && kept.Snapshot.Searcher is CachingKnowledgeSearcher asked)
                {
                    caching.WarmFrom(asked, options.SearchWarmUp, options.Time, cancellationToken);
                    phases.End("searches warmed");
                }
            }

            if (preparing is not null)
            {
                // What is left of it once the index is ready: the step's time is the wait, no longer the whole work.
                preparing.GetAwaiter().GetResult();
                phases.End("prepared");
            }

            builtAt = options.Time.GetUtcNow();
            persisting?.Complete(builtAt, fingerprint);

            cancellationToken.ThrowIfCancellationRequested();
            ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
            Store?.Publish(generation);
            phases.End("published");
        }
        catch (Exception e)
        {
            // The generation is not served: when another step failed first its lookups are not waited for, and a
            // failure of theirs after that is observed here rather than left to the finalizer.
            _ = preparing?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            lent?.Release();
            if (index is not null)
            {
                index.Dispose();
            }
            else
            {
                Store?.Delete(generation);
            }

            if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            var kept = Volatile.Read(ref current);
            return new ReindexReport(
                kept.Snapshot.Generation,
                knowledge?.Entries.Count ?? 0,
                knowledge?.Cities.Count ?? 0,
                knowledge?.FileCount ?? 0,
                knowledge?.Errors ?? [],
                options.Time.GetElapsedTime(started))
            {
                Failure = $"{e.GetType().Name}: {e.Message}",
            };
        }

        lent?.Release();
        lastGeneration = generation;
        Volatile.Write(ref publishedGeneration, generation);
        Volatile.Write(ref inServiceFingerprint, fingerprint);
        var snapshot = new KnowledgeSnapshot(knowledge, searcher ?? SearcherOf(index), generation, builtAt);
        var previous = Interlocked.Exchange(ref current, new InService(index, snapshot));
        Retire(previous.Index);
        Store?.DeleteAllExcept(open.Keys);
        phases.End("swapped");

        // The analysis read MeCab's dictionary for every word of the entries it analysed; the questions that follow
        // need a fraction of those pages (MappedFilePages). At a first start no resident is answered yet: released
        // whole, pages dropped from the page cache too, so the questions map only what they read. Beside the turns,
        // only unmapped: dropped from the cache, the pages were read again from the disk by the turns' parses, one
        // by one, in the second after the swap (about 400 major page faults at 100x, a slow second of p99 while a
        // one-city reindex ran; docs/benchmarks.md). The price is the pages mapped around each one read (fault-around):
        // about 25 MiB of sys.dic after the benchmark's questions instead of about 6.
        if (index.Analysed > 0 && options.Morphology is { } morphology)
        {
            _ = previous.Index is null ? morphology.ReleaseDictionaryPages() : morphology.UnmapDictionaryPages();
        }

        return new ReindexReport(
            generation,
            index.Count,
            knowledge.Cities.Count,
            knowledge.FileCount,
            [.. knowledge.Errors, .. index.Warnings],
            options.Time.GetElapsedTime(started))
        {
            Rebuilt = [.. index.Rebuilt.Select(CityName)],
            Analysed = index.Analysed,
            Reused = [.. index.Cities.Except(index.Rebuilt, StringComparer.Ordinal).Select(CityName)],
            Phases = phases.All,
        };
    }

    // The snapshot's searcher; its cache lives and dies with the generation, so a reindex never serves an older result.
    private IKnowledgeSearcher SearcherOf(KnowledgeIndex index)
    {
        var searcher = new LuceneKnowledgeSearcher(index, options.Search);
        return options.SearchCacheEntries > 0 ? new CachingKnowledgeSearcher(searcher, options.SearchCacheEntries) : searcher;
    }

    // As administrators know them: the city's id, and "national" for the entries of every city.
    private static string CityName(string cityValue) => cityValue == KnowledgeFields.National ? "national" : cityValue;

    /// <summary>Opens a generation folder with the knowledge stored beside it; null (with why) when it cannot be served.</summary>
    private (KnowledgeIndex Index, DateTimeOffset BuiltAt, string? Fingerprint)? TryOpen(long generation, out string why)
    {
        var folder = Store!.PathOf(generation);
        var file = System.IO.Path.Combine(folder, PersistedKnowledge.FileName);
        if (!File.Exists(file))
        {
            why = "no stored knowledge";
            return null;
        }

        try
        {
            PersistedKnowledge? persisted;
            using (var stream = File.OpenRead(file))
            {
                persisted = JsonSerializer.Deserialize<PersistedKnowledge>(stream);
            }

            if (persisted?.Knowledge is null || PersistedKnowledgeWriter.Read(folder, persisted) is not { Entries.Count: > 0 } knowledge)
            {
                why = "no entries";
                return null;
            }

            why = string.Empty;
            var sameProgram = persisted.Fingerprint?.StartsWith(KnowledgeFingerprint.Program + ".", StringComparison.Ordinal) == true;
            var index = KnowledgeIndex.Open(knowledge, folder, generation, Closer(generation), sameProgram, options.Morphology, sameProgram ? persisted.EntryFiles : null);
            return (index, persisted.BuiltAt, persisted.Fingerprint);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException or KeyNotFoundException
            or Lucene.Net.Index.CorruptIndexException or Lucene.Net.Index.IndexNotFoundException)
        {
            why = e.GetType().Name;
            return null;
        }
    }

    private Action Closer(long generation) => () =>
    {
        open.TryRemove(generation, out _);

        // The generation in service at shutdown keeps its folder: the current file names it.
        if (Volatile.Read(ref publishedGeneration) != generation)
        {
            Store?.Delete(generation);
        }
    };

    // The generation in service (lent by the caller) gives the cities that did not change: a one-city edit analyses one city.
    private KnowledgeIndex Build(KnowledgeBase knowledge, IndexPlan plan, IReadOnlyList<string> entryFiles, long generation, KnowledgeIndex? lent, ReindexPhases phases, int analysisThreads, CancellationToken cancellationToken)
    {
        var index = KnowledgeIndex.Build(knowledge, Store?.PathOf(generation), generation, Closer(generation), lent, options.Morphology, cancellationToken, phases, plan, entryFiles, analysisThreads);
        open[generation] = index;
        return index;
    }

    private void Retire(KnowledgeIndex? index)
    {
        if (index is null)
        {
            return;
        }

        if (options.RetireDelay <= TimeSpan.Zero)
        {
            index.Dispose();
            return;
        }

        _ = RetireLaterAsync(index);
    }

    private async Task RetireLaterAsync(KnowledgeIndex index)
    {
        try
        {
            await Task.Delay(options.RetireDelay, options.Time, stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down: close now.
        }
        finally
        {
            index.Dispose();
        }
    }

    private sealed record InService(KnowledgeIndex? Index, KnowledgeSnapshot Snapshot);
}
