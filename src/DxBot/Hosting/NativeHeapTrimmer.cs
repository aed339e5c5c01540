using System.Runtime.InteropServices;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// Gives the pages glibc's malloc holds free back to the system every <see cref="Interval"/> (<c>malloc_trim</c>).
/// glibc gives each new thread an arena of its own, up to eight per core, and keeps what is freed in each: under load
/// the thread pool's threads (MeCab's lattices, the runtime's own allocations) left 16–17 arenas holding 21–27 MiB of
/// the process's resident memory, most of it free (bench/load/run.sh --one-x-only, /proc/PID/smaps; issue #17's
/// RSS ≤ 250 MB, docs/benchmarks.md). <c>MALLOC_ARENA_MAX=2</c> in the environment keeps them to 5 MiB in one, but
/// only the environment the process starts with sets it: glibc fixes the limit when the runtime's first threads
/// allocate, before any of the program's code runs. Nothing where the C library is not glibc.
/// On the same timer, the read-only file mappings' pages are taken out of the resident memory every 30 s
/// (<see cref="MappedFileTrimmer"/>, <see cref="LimitsOptions.TrimFileMappings"/>), and once when the start-up build
/// has ended, before the first timed trim.
/// </summary>
internal sealed class NativeHeapTrimmer(TimeProvider time, IOptions<LimitsOptions> options, ILogger<NativeHeapTrimmer> logger, KnowledgeRuntime? knowledge = null) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Between the scan that notes the unwritten private mappings once the start-up build has ended and the trim that
    /// follows it (see <see cref="MappedFileTrimmer"/>: a private mapping must look the same, unwritten, in two scans).
    /// </summary>
    public static readonly TimeSpan StartupTrimDelay = TimeSpan.FromSeconds(2);

    // The read-only file mappings are trimmed every third interval (30 s after the start, then every 30 s), one
    // interval after a scan that notes which private mappings are unwritten (MappedFileTrimmer), and once after the
    // start-up build (TrimAfterStartupAsync). Each trim also unmaps the pages still in use, which the turns then map
    // again: within 10-20 s under load the file-backed pages grow back from 47-55 to 62-67 MiB, so a trim every minute
    // left them there for 40 s of each minute, where the 1x bot set its RSS peak (bench/load/NOTES.md, thirty-first
    // session, --one-x-only: every 30 s, peaks 208-230 MiB against 227-247 with the same start-up trim every minute and
    // 236-256 before, the same CPU a message). Not every 10 s: LINE at 200 messages/s then had a p99 of 15.6 ms against
    // 5.4-6.0 ms (one run).
    private const int FileTrimTicks = 3;

    // At most one scan of the file mappings per 9 s of real time in the whole process, whatever clock a host was given
    // and however many hosts run in it: a test process runs dozens, some on fake clocks advanced in loops, and without
    // this made some 15,000 madvise calls a second.
    private static readonly TimeSpan MinFileScanInterval = TimeSpan.FromSeconds(9);
    private static long lastFileScan;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MallocTrimFn(nuint pad);

    private static readonly Lazy<MallocTrimFn?> MallocTrim = new(Bind);

    private readonly MappedFileTrimmer _files = new();

    private int _trims;

    private long _startupReleased = -1;

    /// <summary>How many times the timer trimmed (tests).</summary>
    public int Trims => Volatile.Read(ref _trims);

    /// <summary>The resident bytes the trim after the start-up build unmapped; -1 while it has not run (tests).</summary>
    public long StartupReleased => Interlocked.Read(ref _startupReleased);

    /// <summary>Whether this process's C library can be trimmed (glibc on Linux).</summary>
    public static bool IsAvailable => MallocTrim.Value is not null;

    /// <summary>Trims every arena once; true when some memory went back to the system.</summary>
    public static bool TrimNow() => MallocTrim.Value is { } trim && trim(0) == 1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsAvailable)
        {
            logger.LogDebug("No glibc malloc_trim in this process: the native heap is not trimmed.");
            return;
        }

        var startupTrim = TrimAfterStartupAsync(stoppingToken);
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                TrimNow();
                var tick = Interlocked.Increment(ref _trims);
                if (!options.Value.TrimFileMappings)
                {
                    continue;
                }

                if (tick % FileTrimTicks is not (FileTrimTicks - 1 or 0) || !ClaimFileScan())
                {
                    continue;
                }

                if (tick % FileTrimTicks == FileTrimTicks - 1)
                {
                    _files.Observe();
                }
                else if (tick % FileTrimTicks == 0)
                {
                    var started = time.GetTimestamp();
                    var released = _files.TrimNow();
                    logger.LogDebug("Read-only file mappings trimmed: {Released} KiB unmapped in {Elapsed} ms.", released / 1024, time.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await startupTrim.ConfigureAwait(false);
    }

    /// <summary>
    /// Once the start-up build has ended (the bot ready to answer), the file pages that start-up alone read are
    /// unmapped at once, not 30 s after the start: configuration, dependency injection, the index build and MeCab's
    /// readings of every entry leave 90-120 MiB of assemblies, libraries and dictionary mapped, of which the turns
    /// read back less than half; with them still mapped under load the 1× bot set its RSS peak of the whole benchmark
    /// in Teams throughput, just before the first timed trim, then at 60 s (243 MiB, 107 of them file-backed, where
    /// that trim left 44-55; bench/load/NOTES.md, thirty-first session). The timer's schedule goes on as before. Its
    /// own <see cref="MappedFileTrimmer"/>: the timer's may be scanning at the same moment.
    /// </summary>
    private async Task TrimAfterStartupAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        // Once per host (a test process runs dozens: one scan each, not a loop), outside the timer's process-wide claim.
        if (knowledge is null || !options.Value.TrimFileMappings || !MappedFileTrimmer.IsAvailable)
        {
            return;
        }

        try
        {
            // Whatever the build's outcome: a failed build read the same start-up pages.
            await knowledge.WaitForStartupAsync(stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            stoppingToken.ThrowIfCancellationRequested();
            var files = new MappedFileTrimmer();
            files.Observe();
            await Task.Delay(StartupTrimDelay, time, stoppingToken).ConfigureAwait(false);
            var started = time.GetTimestamp();
            var released = files.TrimNow();
            Interlocked.Exchange(ref _startupReleased, released);
            logger.LogDebug("Read-only file mappings trimmed after the start-up build: {Released} KiB unmapped in {Elapsed} ms.", released / 1024, time.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static bool ClaimFileScan()
    {
        var last = Volatile.Read(ref lastFileScan);
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        return (last == 0 || System.Diagnostics.Stopwatch.GetElapsedTime(last, now) >= MinFileScanInterval)
            && Interlocked.CompareExchange(ref lastFileScan, now, last) == last;
    }

    private static MallocTrimFn? Bind() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "malloc_trim", out var export)
            ? Marshal.GetDelegateForFunctionPointer<MallocTrimFn>(export)
            : null;
}
