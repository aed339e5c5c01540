namespace DxBot.LoadBench;

/// <summary>The command line: `--repo DIR --peers DIR --scratch DIR [--out FILE] [--quick] [--trace FILE.nettrace]`.</summary>
internal sealed record BenchSettings(string Repo, string Peers, string Scratch, string? Output, bool Quick, string? Trace)
{
    /// <summary>`--search-only N`: only the in-process search figures on N× knowledge.</summary>
    public int? SearchOnly { get; init; }

    /// <summary>`--published DIR`: run DxBot from a published build (`dotnet publish -r linux-x64`, ReadyToRun) in DIR.</summary>
    public string? Published { get; init; }

    /// <summary>
    /// `--warm-up SECONDS`: the unmeasured load before `--line-only`'s 20 s (default 5 s); a longer one measures the
    /// steady state, after the JIT has recompiled the hot code, apart from the first seconds after a start. With
    /// `--line-rate-only`, that many seconds of closed-loop LINE load come first, unmeasured, as the full run's LINE
    /// throughput run precedes its run at 200 req/s.
    /// </summary>
    public TimeSpan? WarmUp { get; init; }

    /// <summary>`--env KEY=VALUE`, repeatable: extra environment for DxBot's process (runtime settings to compare).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public static BenchSettings Parse(string[] args)
    {
        string? Value(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        var repo = Path.GetFullPath(Value("--repo") ?? ".");
        return new BenchSettings(
            repo,
            Path.GetFullPath(Value("--peers") ?? Path.Combine(Path.GetTempPath(), "dxbot-loadbench", "peers")),
            Path.GetFullPath(Value("--scratch") ?? Path.Combine(Path.GetTempPath(), "dxbot-loadbench")),
            Value("--out") is { } output ? Path.GetFullPath(output) : null,
            args.Contains("--quick"),
            Value("--trace") is { } trace ? Path.GetFullPath(trace) : null)
        {
            SearchOnly = Value("--search-only") is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : null,
            WarmUp = Value("--warm-up") is { } warmUp ? TimeSpan.FromSeconds(double.Parse(warmUp, System.Globalization.CultureInfo.InvariantCulture)) : null,
            Published = Value("--published") is { } published ? Path.GetFullPath(published) : null,
            Environment = args.Select((a, i) => (a, i)).Where(p => p.a == "--env" && p.i + 1 < args.Length)
                .Select(p => args[p.i + 1].Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal),
        };
    }
}
