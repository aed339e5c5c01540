using System.Diagnostics;

namespace DxBot.ImportBench;

/// <summary>One `dxbot` command as its own process: wall time, peak resident memory (VmHWM), exit code and output.</summary>
internal sealed record ProcessRun(TimeSpan Wall, long PeakRssBytes, int ExitCode, string Output)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    public static async Task<ProcessRun> RunAsync(string dll, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        var status = $"/proc/{process.Id}/status";
        while (!process.HasExited)
        {
            // VmHWM is the kernel's high-water mark of the resident set: sampling it late still sees an earlier peak.
            peak = Math.Max(peak, HighWaterMark(status));
            await Task.WhenAny(process.WaitForExitAsync(), Task.Delay(Poll));
        }

        await process.WaitForExitAsync();
        watch.Stop();
        return new ProcessRun(watch.Elapsed, peak, process.ExitCode, await stdout + await stderr);
    }

    private static long HighWaterMark(string statusFile)
    {
        try
        {
            foreach (var line in File.ReadLines(statusFile))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }
}
