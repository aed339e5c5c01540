using System.Runtime.InteropServices;

namespace DxBot.Hosting;

/// <summary>
/// Gives the pages glibc's malloc holds free back to the system every <see cref="Interval"/> (<c>malloc_trim</c>).
/// glibc gives each new thread an arena of its own, up to eight per core, and keeps what is freed in each: under load
/// the thread pool's threads (MeCab's lattices, the runtime's own allocations) left 16–17 arenas holding 21–27 MiB of
/// the process's resident memory, most of it free (bench/load/run.sh --one-x-only, /proc/PID/smaps; issue #17's
/// RSS ≤ 250 MB, docs/benchmarks.md). <c>MALLOC_ARENA_MAX=2</c> in the environment keeps them to 5 MiB in one, but
/// only the environment the process starts with sets it: glibc fixes the limit when the runtime's first threads
/// allocate, before any of the program's code runs. Nothing where the C library is not glibc.
/// </summary>
internal sealed class NativeHeapTrimmer(TimeProvider time, ILogger<NativeHeapTrimmer> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MallocTrimFn(nuint pad);

    private static readonly Lazy<MallocTrimFn?> MallocTrim = new(Bind);

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
                Interlocked.Increment(ref _trims);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private static MallocTrimFn? Bind() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "malloc_trim", out var export)
            ? Marshal.GetDelegateForFunctionPointer<MallocTrimFn>(export)
            : null;
}
