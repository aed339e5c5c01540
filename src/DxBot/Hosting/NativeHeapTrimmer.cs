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
/// On the same timer, the read-only file mappings' pages are taken out of the resident memory every minute
/// (<see cref="MappedFileTrimmer"/>, <see cref="LimitsOptions.TrimFileMappings"/>).
/// </summary>
internal sealed class NativeHeapTrimmer(TimeProvider time, IOptions<LimitsOptions> options, ILogger<NativeHeapTrimmer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    // The read-only file mappings are trimmed every sixth interval (a minute after the start, then every minute), one
    // interval after a scan that notes which private mappings are unwritten (MappedFileTrimmer). Each trim also unmaps
    // the pages still in use (40-80 MiB under load), which the turns then map again; trimmed every 10 s, LINE at 200
    // messages/s had a p99 of 15.6 ms against 5.4-6.0 ms (one run, bench/load/NOTES.md). Not sooner than a minute: a
    // trim reads /proc/self/smaps (0.06-0.4 s under load) while the JIT's tiers are still mapping new code, and the
    // first LINE throughput run after a start, trimmed 20 s in, cost more CPU a message in six pairs of eight.
    private const int FileTrimTicks = 6;

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

    /// <summary>How many times the timer trimmed (tests).</summary>
    public int Trims => Volatile.Read(ref _trims);

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
