using System.Diagnostics;
using System.Globalization;

namespace DxBot.LoadBench;

/// <summary>
/// A bot under load, started as its own process on loopback; its memory and CPU are read from /proc, so the load
/// generator's and fake API's own costs (this process) are never counted in the bot's.
/// </summary>
internal sealed class TargetProcess : IAsyncDisposable
{
    private static readonly double TicksPerSecond = 100.0; // USER_HZ on Linux
    private readonly Process _process;
    private readonly StreamWriter _log;

    private TargetProcess(string name, Process process, StreamWriter log, Uri baseUrl)
    {
        Name = name;
        _process = process;
        _log = log;
        BaseUrl = baseUrl;
    }

    public string Name { get; }

    public Uri BaseUrl { get; }

    public TimeSpan StartupTime { get; private set; }

    public static async Task<TargetProcess> StartAsync(
        string name, string fileName, IEnumerable<string> arguments, IDictionary<string, string> environment, string workingDirectory, int port, string logPath,
        string readyPath = "/healthz")
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var started = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var target = new TargetProcess(name, process, log, new Uri($"http://127.0.0.1:{port}/"));
        await target.WaitHealthyAsync(readyPath, TimeSpan.FromMinutes(5));
        target.StartupTime = started.Elapsed;
        return target;
    }

    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>User+system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        // Fields after the command name (which may hold spaces) start after the last ')'.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Resident memory now and its peak over the process's life (VmRSS, VmHWM), in MiB.</summary>
    public (double Rss, double Peak) Memory()
    {
        double rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line) / 1024.0;
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line) / 1024.0;
            }
        }

        return (rss, peak);
    }

    /// <summary>Where the resident memory is now (anonymous: the GC heap and native allocations; file-backed: assemblies, the MeCab dictionary), for the logs.</summary>
    public string MemoryBreakdown()
    {
        var fields = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon] is "VmRSS" or "VmHWM" or "RssAnon" or "RssFile" or "RssShmem")
            {
                fields[line[..colon]] = Kilobytes(line) / 1024.0;
            }
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"RSS {fields.GetValueOrDefault("VmRSS"):0} MiB (anonymous {fields.GetValueOrDefault("RssAnon"):0}, file-backed {fields.GetValueOrDefault("RssFile"):0}, shared memory {fields.GetValueOrDefault("RssShmem"):0}), peak {fields.GetValueOrDefault("VmHWM"):0} MiB");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM first: a graceful stop lets a bot started with --trace finish writing its trace.
            using (var term = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }

    private static double Kilobytes(string line) =>
        double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
        }
    }

    private async Task WaitHealthyAsync(string readyPath, TimeSpan timeout)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready (see its log)");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUrl, readyPath));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{Name} was not healthy after {timeout}");
    }
}
