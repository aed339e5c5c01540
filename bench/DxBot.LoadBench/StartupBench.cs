using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.LoadBench;

/// <summary>
/// Cold start of published builds (bench/startup/run.sh): from starting the process to the first /healthz answer
/// (Kestrel listening) and to /readyz 200 (an index in service), on the bundled knowledge, for a first start (no index
/// on disk) and a restart (the last generation on disk, knowledge unchanged). Each build's runs alternate with the
/// others' so that the shared machine's noise falls on all of them alike.
/// </summary>
internal static partial class StartupBench
{
    public const string BlockStart = "<!-- startup:begin -->";
    public const string BlockEnd = "<!-- startup:end -->";

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static async Task<string> RunAsync(string scratch, IReadOnlyList<(string Label, string Folder)> builds, int runs)
    {
        var results = new List<Sample>();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var run = 1; run <= runs; run++)
        {
            foreach (var (label, folder) in builds)
            {
                var data = Path.Combine(scratch, "startup", label);
                if (Directory.Exists(data))
                {
                    Directory.Delete(data, recursive: true);
                }

                Directory.CreateDirectory(data);
                foreach (var scenario in new[] { "first start", "restart" })
                {
                    var sample = await MeasureAsync(client, label, scenario, folder, data);
                    results.Add(sample);
                    Console.WriteLine(Inv($"{label,-12} {scenario,-12} run {run}: listening {sample.Listening.TotalMilliseconds,6:0} ms, ready {sample.Ready.TotalMilliseconds,6:0} ms, CPU until ready {sample.CpuAtReady.TotalMilliseconds,6:0} ms, build {sample.BuildMs?.ToString(CultureInfo.InvariantCulture) ?? "–",5} ms"));
                }
            }
        }

        return Markdown(results, builds.Select(b => b.Label).ToList(), runs);
    }

    /// <summary>Puts the start-up block into a benchmarks file, replacing an earlier one.</summary>
    public static string Merge(string? existing, string block)
    {
        if (existing is null)
        {
            return block;
        }

        var start = existing.IndexOf(BlockStart, StringComparison.Ordinal);
        var end = existing.IndexOf(BlockEnd, StringComparison.Ordinal);
        return start >= 0 && end > start
            ? existing[..start] + block.TrimEnd() + existing[(end + BlockEnd.Length)..]
            : existing.TrimEnd() + "\n\n" + block;
    }

    /// <summary>The start-up block of an existing file, kept when the load benchmark rewrites the file.</summary>
    public static string? Extract(string? existing)
    {
        if (existing is null)
        {
            return null;
        }

        var start = existing.IndexOf(BlockStart, StringComparison.Ordinal);
        var end = existing.IndexOf(BlockEnd, StringComparison.Ordinal);
        return start >= 0 && end > start ? existing[start..(end + BlockEnd.Length)] + "\n" : null;
    }

    private static async Task<Sample> MeasureAsync(HttpClient client, string label, string scenario, string folder, string data)
    {
        var port = TargetProcess.FreePort();
        var info = new ProcessStartInfo(Path.Combine(folder, "dxbot"))
        {
            WorkingDirectory = data,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("serve");
        info.Environment["ASPNETCORE_URLS"] = Inv($"http://127.0.0.1:{port}");
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        long? buildMs = null;
        TimeSpan? buildDone = null;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("dxbot did not start");
        void Read(string? line)
        {
            if (line is not null && BuildLine().Match(line) is { Success: true } match)
            {
                buildMs = long.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                buildDone = clock.Elapsed;
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        TimeSpan? listening = null;
        TimeSpan ready;
        var baseUrl = Inv($"http://127.0.0.1:{port}");
        while (true)
        {
            if (clock.Elapsed > Limit || process.HasExited)
            {
                throw new InvalidOperationException($"{label} ({scenario}) was not ready in {Limit} (exited: {process.HasExited}).");
            }

            try
            {
                using var response = await client.GetAsync(baseUrl + "/readyz");
                listening ??= clock.Elapsed;
                if (response.IsSuccessStatusCode)
                {
                    ready = clock.Elapsed;
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(Poll);
        }

        var cpu = CpuTime(process.Id);
        // A restart serves the generation on disk first; wait for the build that follows (or its absence) before stopping.
        var settle = Stopwatch.StartNew();
        while (buildDone is null && settle.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        await process.WaitForExitAsync();
        return new Sample(label, scenario, listening ?? ready, ready, cpu, buildMs, buildDone);
    }

    private static TimeSpan CpuTime(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    private static string Markdown(List<Sample> results, List<string> labels, int runs)
    {
        var s = new StringBuilder();
        s.AppendLine(BlockStart);
        s.AppendLine("## Start-up");
        s.AppendLine();
        s.AppendLine(Inv($"Generated by `bench/startup/run.sh` on {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC; {runs} runs of each, alternating, median (max). Published builds (`dotnet publish src/DxBot -c Release -r linux-x64`, with and without ReadyToRun) started as `dxbot serve` in an empty data folder (*first start*: no index on disk) and again in the same folder (*restart*: the last generation on disk, knowledge unchanged), bundled knowledge. *Listening*: the first HTTP answer; *ready*: the first `/readyz` 200; *CPU*: the process's user+system time at that moment; *build*: the knowledge build the log reports, and when it ended."));
        s.AppendLine();
        s.AppendLine("| build | start | listening | /readyz 200 | CPU until ready | knowledge build | build ended at |");
        s.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var label in labels)
        {
            foreach (var scenario in new[] { "first start", "restart" })
            {
                var group = results.Where(r => r.Label == label && r.Scenario == scenario).ToList();
                var builds = group.Where(r => r.BuildMs is not null).Select(r => (double)r.BuildMs!.Value).ToList();
                var ended = group.Where(r => r.BuildDone is not null).Select(r => r.BuildDone!.Value.TotalMilliseconds).ToList();
                s.AppendLine(Inv($"| {label} | {scenario} | {Figure(group.Select(r => r.Listening.TotalMilliseconds))} | {Figure(group.Select(r => r.Ready.TotalMilliseconds))} | {Figure(group.Select(r => r.CpuAtReady.TotalMilliseconds))} | {(builds.Count == 0 ? "none" : Figure(builds))} | {(ended.Count == 0 ? "–" : Figure(ended))} |"));
            }
        }

        s.AppendLine();
        var headline = results.Where(r => r.Label == labels[0] && r.Scenario == "first start").Select(r => r.Ready.TotalSeconds).ToList();
        var median = Median(headline);
        s.AppendLine(Inv($"Cold start to `/readyz` 200 ({labels[0]}, first start, bundled knowledge): {median:0.00} s median, {headline.Max():0.00} s max (goal ≤ 3 s: {(headline.Max() <= 3 ? "met" : "missed")})."));
        s.AppendLine(BlockEnd);
        return s.ToString();
    }

    private static string Figure(IEnumerable<double> milliseconds)
    {
        var values = milliseconds.ToList();
        return Inv($"{Median(values) / 1000:0.00} s ({values.Max() / 1000:0.00})");
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Reindex Succeeded: .* in (\d+) ms")]
    private static partial Regex BuildLine();

    private sealed record Sample(string Label, string Scenario, TimeSpan Listening, TimeSpan Ready, TimeSpan CpuAtReady, long? BuildMs, TimeSpan? BuildDone);
}
