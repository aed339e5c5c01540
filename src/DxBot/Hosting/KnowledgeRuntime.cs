using System.Diagnostics;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge;
using DxBot.Knowledge.Changes;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Diagnostics;
using DxBot.Search;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// The knowledge in service for the host and the commands. At start it puts the last good generation on disk back in
/// service at once (cheap: a small index and the knowledge stored beside it) and builds what the folders hold in the
/// background, so the host listens immediately; that build skips broken parts (a resident is better served by most of
/// the knowledge than by none) but never replaces a generation with an empty one. After that, a reindex (admin
/// endpoint, Teams command, CLI, or a signal from another instance) is refused while the knowledge has errors, so
/// the generation in service is never replaced by a partial one; one reindex runs at a time, and one asked for during
/// the start-up build runs after it.
/// </summary>
public sealed class KnowledgeRuntime(IOptions<KnowledgeOptions> options, IKnowledgeSource source, IReindexBus bus, DxBotMetrics metrics, MorphologyRuntime morphology, ILogger<KnowledgeRuntime> logger)
    : IKnowledgeProvider, IKnowledgeReindexer, IHostedLifecycleService, IDisposable
{
    private static readonly TimeSpan SubscribeRetryDelay = TimeSpan.FromSeconds(5);

    private readonly KnowledgeService _service = new(new KnowledgeServiceOptions
    {
        IndexRoot = Path.GetFullPath(options.Value.IndexPath),
        Morphology = morphology.Tagger,
        SearchCacheEntries = options.Value.SearchCacheEntries,
        SearchWarmUp = options.Value.SearchWarmUp,
        Prepare = PrepareGeneration,
    });

    // The reindex this runtime is running, for the preparation's thread to compare the generations on (an AsyncLocal:
    // the service starts that thread from the reindex's call, so the value flows there with the execution context).
    private static readonly AsyncLocal<PendingComparison?> Comparing = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private string? _contactWarningsSaid;
    private Task _startup = Task.CompletedTask;
    private int _started;

    public KnowledgeSnapshot Current => _service.Current;

    /// <summary>Names this process in reindex signals, so it does not follow its own.</summary>
    public string InstanceId { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>True when another DxBot process holds the index folder, so this one's index is in memory only.</summary>
    public bool IndexRootInUse => _service.IndexRootInUse;

    /// <summary>Whether searches use MeCab's readings, and why not (for /admin/index).</summary>
    public MorphologyRuntime Morphology => morphology;

    /// <summary>The outcome of the last reindex that ran (null before the first).</summary>
    public ReindexOutcome? LastOutcome { get; private set; }

    /// <summary>
    /// The host calls this before any service's StartAsync: the knowledge starts loading while the rest of the host
    /// starts (the database's schema migrations, Kestrel), instead of after the services registered before it.
    /// </summary>
    public Task StartingAsync(CancellationToken cancellationToken) => StartAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Once: the host calls StartingAsync and then StartAsync; a command without a host calls StartAsync alone.
        if (Interlocked.Exchange(ref _started, 1) != 0)
        {
            return Task.CompletedTask;
        }

        if (_service.IndexRootInUse)
        {
            logger.LogWarning("The index folder {IndexPath} is in use by another DxBot process; this one keeps its index in memory.", options.Value.IndexPath);
        }

        // Both off the host's start: Kestrel listens at once (/healthz 200, /readyz 503) while the generation on disk
        // is opened (a few hundred ms) and the knowledge is checked or built.
        _startup = Task.Run(
            async () =>
            {
                TakeOverSeed();
                Restore();
                await BuildAtStartAsync(_stopping.Token).ConfigureAwait(false);
            },
            CancellationToken.None);
        _ = SubscribeAsync();
        return Task.CompletedTask;
    }

    /// <summary>
    /// For a command that reindexes without serving (`dxbot reindex`): puts the generation on disk in service first, so
    /// the change report compares against what the bot was answering from instead of against nothing.
    /// </summary>
    public void RestoreSaved() => Restore();

    /// <summary>Completes when the start-up build has ended, whatever its outcome (at once if it never started).</summary>
    public Task WaitForStartupAsync(CancellationToken cancellationToken) => _startup.WaitAsync(cancellationToken);

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        try
        {
            await _startup.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host's shutdown time is up: the build is abandoned with the process.
        }
    }

    /// <summary>Rebuilds from the folders unless another reindex is running (Busy) or the knowledge has errors (Refused).</summary>
    public async Task<ReindexOutcome> ReindexAsync(CancellationToken cancellationToken)
    {
        await _startup.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (!await _gate.WaitAsync(TimeSpan.Zero, cancellationToken).ConfigureAwait(false))
        {
            return new ReindexOutcome(ReindexStatus.Busy, Current.Generation, 0, 0, 0, [], TimeSpan.Zero) { Failure = "Another reindex is running." };
        }

        ReindexOutcome outcome;
        try
        {
            outcome = await RunAsync(refuseOnErrors: true, keepIfUnchanged: false, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }

        if (outcome.Succeeded)
        {
            await SignalAsync(outcome).ConfigureAwait(false);
        }

        return outcome;
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _service.Dispose();
    }

    /// <summary>Another instance reindexed: build the same folders here too, after any reindex in progress.</summary>
    private async Task FollowAsync(ReindexSignal signal)
    {
        if (signal.Origin == InstanceId || _stopping.IsCancellationRequested)
        {
            return;
        }

        logger.LogInformation("Another instance reindexed (its generation {Generation}); reindexing here.", signal.Generation);
        try
        {
            await _gate.WaitAsync(_stopping.Token).ConfigureAwait(false);
            try
            {
                await RunAsync(refuseOnErrors: true, keepIfUnchanged: false, _stopping.Token).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // Shutting down: the next start builds from the folders anyway.
        }
    }

    /// <summary>Subscribes in the background, retrying, so a shared store that is down at start delays nothing.</summary>
    private async Task SubscribeAsync()
    {
        for (var attempt = 1; !_stopping.IsCancellationRequested; attempt++)
        {
            try
            {
                await bus.SubscribeAsync(FollowAsync, _stopping.Token).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError("Could not subscribe to reindex signals ({Error}, attempt {Attempt}); retrying.", e.GetType().Name, attempt);
            }

            try
            {
                await Task.Delay(SubscribeRetryDelay, _stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SignalAsync(ReindexOutcome outcome)
    {
        try
        {
            await bus.PublishAsync(new ReindexSignal(InstanceId, outcome.Generation, DateTimeOffset.UtcNow), _stopping.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // This instance switched; the others keep their generation until the next signal or their restart.
            logger.LogError("The reindex could not be signalled to the other instances ({Error}).", e.GetType().Name);
        }
    }

    /// <summary>
    /// A published build's first start on the bundled knowledge takes over the generation built at publish time; only
    /// the bundled knowledge, since a city's own folders were never indexed then (it would serve the wrong knowledge
    /// until the check replaced it).
    /// </summary>
    private void TakeOverSeed()
    {
        if (options.Value.Folders.Count > 0 || options.Value.SeedIndexPath is not { Length: > 0 } seed || !Directory.Exists(seed))
        {
            return;
        }

        try
        {
            if (_service.TakeOverSeed(seed))
            {
                logger.LogInformation("First start: the index built from the bundled knowledge at publish time ({Seed}) is taken over and checked.", seed);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning("The index built at publish time could not be taken over ({Error}); the knowledge is built from the folders.", e.GetType().Name);
        }
    }

    /// <summary>Serves the last good generation on disk until the start-up build is done (or if it fails).</summary>
    private void Restore()
    {
        try
        {
            if (_service.Restore() is not { } restored)
            {
                return;
            }

            if (restored.Problem is not null)
            {
                logger.LogWarning("The index pointer could not be used ({Problem}); serving the newest good generation on disk instead.", restored.Problem);
            }

            logger.LogInformation("Serving generation {Generation} ({Entries} entries) from the index folder while the knowledge is rebuilt.", restored.Generation, restored.Entries);
            LogContactWarnings();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logger.LogError("The index folder could not be read at start ({Error}); the knowledge is built from the folders.", e.GetType().Name);
        }
    }

    private async Task BuildAtStartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // Unchanged knowledge keeps the generation restored from disk: a restart costs a load, not a build.
                var outcome = await RunAsync(refuseOnErrors: false, keepIfUnchanged: true, cancellationToken).ConfigureAwait(false);
                if (!outcome.Succeeded && outcome.Generation == 0)
                {
                    logger.LogCritical("The knowledge index could not be built at start ({Failure}); residents are told the bot is getting ready until a reindex succeeds.", outcome.Failure);
                }
                else if (!outcome.Succeeded)
                {
                    logger.LogError("The knowledge index could not be built at start ({Failure}); generation {Generation} from the index folder stays in service.", outcome.Failure, outcome.Generation);
                }
            }
            finally
            {
                _gate.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped before the build was done: the next start builds again.
        }
        catch (ObjectDisposedException)
        {
            // Disposed while building (the host stopped).
        }
    }

    // Made on the service's preparation thread while the index is built (docs/benchmarks.md): the dialogs' lookups,
    // then the change report against the generation in service, which needs the loaded entries only. It was computed
    // after the swap (90-370 ms of a one-city reindex's answer at 100× under load); on a thread of its own beside the
    // preparation it took a third thread from the turns (an unchanged reindex's second of 206-218 ms p99).
    private static void PrepareGeneration(KnowledgeBase knowledge)
    {
        GenerationLookups.Prepare(knowledge);
        Comparing.Value?.Compare(knowledge);
    }

    // GC.CollectionCount(n) counts every collection of generation n or older; split into gen0 only, gen1, gen2.
    private static int[] CollectionsSince(int[] before)
    {
        var gen2 = GC.CollectionCount(2) - before[2];
        var gen1 = GC.CollectionCount(1) - before[1];
        var gen0 = GC.CollectionCount(0) - before[0];
        return [gen0 - gen1, gen1 - gen2, gen2];
    }

    private async Task<ReindexOutcome> RunAsync(bool refuseOnErrors, bool keepIfUnchanged, CancellationToken cancellationToken)
    {
        // Only this runtime reindexes its service, under the gate: what is in service now is what the build replaces.
        var previous = _service.Current.Base.Entries;
        var gcPauseBefore = GC.GetTotalPauseDuration();
        int[] gcBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var comparison = new PendingComparison(previous);
        Comparing.Value = comparison;
        ReindexReport report;
        try
        {
            // Loaded inside the reindex: a folder that cannot be found (no bundled knowledge) is a failed reindex, not a crash.
            report = await _service.ReindexAsync(source.Load, refuseOnErrors, keepIfUnchanged, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Comparing.Value = null;
        }

        var status = report.Succeeded ? ReindexStatus.Succeeded : report.Refused ? ReindexStatus.Refused : ReindexStatus.Failed;
        var waited = Stopwatch.GetTimestamp();
        var changes = !report.Succeeded || report.Unchanged ? KnowledgeChanges.None
            : comparison.ChangesFor(_service.Current.Base) ?? KnowledgeChanges.Between(previous, _service.Current.Base.Entries);
        var phases = report.Phases.Count == 0 ? report.Phases : [.. report.Phases, new ReindexPhase("change report", Stopwatch.GetElapsedTime(waited))];
        var outcome = new ReindexOutcome(status, report.Generation, report.Entries, report.Cities, report.Files, report.Errors, report.Elapsed + (phases.Count == 0 ? TimeSpan.Zero : phases[^1].Elapsed))
        {
            Failure = report.Failure,
            Unchanged = report.Unchanged,
            Changes = changes,
            Rebuilt = report.Rebuilt,
            Reused = report.Reused,
            Phases = phases,
            GcCollections = CollectionsSince(gcBefore),
            GcPause = GC.GetTotalPauseDuration() - gcPauseBefore,
        };
        LastOutcome = outcome;
        metrics.Reindex(outcome.Status.ToString().ToLowerInvariant(), outcome.Elapsed);

        // Errors name files and lines of the knowledge, never user data, so they are safe to log.
        if (outcome.Unchanged)
        {
            logger.LogInformation("Knowledge unchanged since generation {Generation} on disk ({Entries} entries, {Files} files, {Errors} errors): kept in service without a rebuild, checked in {Elapsed} ms.",
                outcome.Generation, outcome.Entries, outcome.Files, outcome.Errors.Count, (long)outcome.Elapsed.TotalMilliseconds);
        }
        else
        {
            logger.LogInformation("Reindex {Status}: generation {Generation} in service, {Entries} entries ({Added} added, {Removed} removed, {Changed} changed), {Cities} cities, {Files} files, {Errors} errors in {Elapsed} ms; rebuilt: {Rebuilt}; reused: {Reused}.",
                outcome.Status, outcome.Generation, outcome.Entries, outcome.Changes.Added, outcome.Changes.Removed, outcome.Changes.Changed, outcome.Cities, outcome.Files, outcome.Errors.Count, (long)outcome.Elapsed.TotalMilliseconds,
                string.Join(' ', outcome.Rebuilt), string.Join(' ', outcome.Reused));
        }

        if (outcome.Phases.Count > 0 && logger.IsEnabled(LogLevel.Debug))
        {
            logger.LogDebug("Reindex steps: {Phases}; garbage collections meanwhile (gen0/gen1/gen2): {Collections}, paused {Pause} ms.",
                string.Join(", ", outcome.Phases.Select(p => $"{p.Name} {p.Elapsed.TotalMilliseconds:0} ms")), string.Join('/', outcome.GcCollections), (long)outcome.GcPause.TotalMilliseconds);
        }

        foreach (var error in outcome.Errors)
        {
            logger.LogWarning("Knowledge error: {Error}", error.ToString());
        }

        if (outcome.Succeeded)
        {
            LogContactWarnings();
        }

        return outcome;
    }

    private void LogContactWarnings()
    {
        // Once per process and again only when they change: a restored generation and the rebuild after it say the same.
        var warnings = ContactWarnings.Of(_service.Current.Base);
        var said = string.Join('\n', warnings);
        if (Interlocked.Exchange(ref _contactWarningsSaid, said) == said)
        {
            return;
        }

        // City ids and a fixed text only: nothing a resident wrote.
        foreach (var warning in warnings)
        {
            logger.LogWarning("{ContactWarning}", warning);
        }
    }
}
