using System.Runtime.InteropServices;

namespace DxBot.LoadBench;

/// <summary>
/// The calling thread's CPU time (Linux CLOCK_THREAD_CPUTIME_ID). On a machine others share, a query's wall time
/// includes the time it waited for a core; its CPU time is what it cost.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static double NowMs()
    {
        return clock_gettime(ClockThreadCpuTime, out var time) == 0 ? (time.Seconds * 1000.0) + (time.Nanoseconds / 1_000_000.0) : double.NaN;
    }

    [DllImport("libc", SetLastError = false)]
#pragma warning disable SYSLIB1054 // DllImport keeps this project free of AllowUnsafeBlocks
    private static extern int clock_gettime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
