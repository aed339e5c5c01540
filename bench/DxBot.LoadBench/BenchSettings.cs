namespace DxBot.LoadBench;

/// <summary>The command line: `--repo DIR --peers DIR --scratch DIR [--out FILE] [--quick]`.</summary>
internal sealed record BenchSettings(string Repo, string Peers, string Scratch, string? Output, bool Quick)
{
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
            args.Contains("--quick"));
    }
}
