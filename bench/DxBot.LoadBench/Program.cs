using System.Diagnostics;
using System.Globalization;
using DxBot.LoadBench;

// The load benchmark of the channel endpoints: bench/load/run.sh builds everything and runs this.
var settings = BenchSettings.Parse(args);
Directory.CreateDirectory(settings.Scratch);
var questions = Question.Load(Path.Combine(settings.Repo, "bench", "load", "questions.tsv"));
var started = DateTimeOffset.UtcNow;
var clock = Stopwatch.StartNew();

if (args.Contains("--startup"))
{
    // bench/startup/run.sh: cold start of published builds, given as --build LABEL=FOLDER (the first is the headline).
    var builds = args.Select((a, i) => (a, i)).Where(p => p.a == "--build" && p.i + 1 < args.Length)
        .Select(p => args[p.i + 1].Split('=', 2)).Select(p => (Label: p[0], Folder: Path.GetFullPath(p[1]))).ToList();
    var runs = Array.IndexOf(args, "--runs") is var at and >= 0 ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 5;
    var block = await StartupBench.RunAsync(settings.Scratch, builds, runs);
    Console.WriteLine(block);
    if (settings.Output is { } file)
    {
        await File.WriteAllTextAsync(file, StartupBench.Merge(File.Exists(file) ? await File.ReadAllTextAsync(file) : null, block));
        Console.WriteLine($"Wrote {file}");
    }

    return 0;
}

if (settings.SearchOnly is { } times)
{
    // Search alone on N× knowledge, e.g. under dotnet-trace.
    var folder = times == 1 ? Path.Combine(settings.Repo, "knowledge") : KnowledgeReplicator.Replicate(Path.Combine(settings.Repo, "knowledge"), settings.Scratch, times);
    var figures = QueryLatency.Measure(folder, questions, rounds: 20);
    Console.WriteLine(figures);
    return 0;
}

await using var fake = await FakeChannelApis.StartAsync();
using var client = BenchRun.NewClient();
var run = new BenchRun(settings, fake, client, questions);

if (args.Contains("--line-only"))
{
    await run.LineOnlyAsync();
    return 0;
}

if (args.Contains("--line-rate-only"))
{
    await run.LineRateOnlyAsync();
    return 0;
}

if (args.Contains("--reindex-only"))
{
    await run.ReindexOnlyAsync();
    foreach (var row in MarkdownReport.ReindexRows(run))
    {
        Console.WriteLine(row);
    }

    foreach (var (target, measured, met) in MarkdownReport.Targets(run).Where(t => t.Target.Contains("reindex", StringComparison.Ordinal)))
    {
        Console.WriteLine($"{target}: {measured} ({(met ? "met" : "missed")})");
    }

    return 0;
}

if (args.Contains("--one-x-only"))
{
    await run.OneXOnlyAsync();
    foreach (var r in run.Channels.Concat(run.Scaling.Select(x => x.Reindex!)))
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Label}: RSS peak during the run {r.RssPeakDuringRun:0} MiB, over the bot's life {r.RssPeakLifetime:0} MiB, CPU per request {r.CpuMsPerRequest:0.00} ms, e2e p99 {r.EndToEndP99:0.0} ms, errors {r.Errors}"));
    }

    return 0;
}

if (args.Contains("--teams-only"))
{
    await run.TeamsOnlyAsync();
    return 0;
}

if (args.Contains("--slow-api-only"))
{
    await run.SlowApiOnlyAsync();
    return 0;
}

if (settings.Quick)
{
    var ratio = await run.QuickAsync();
    var dxbot = run.Channels[0];
    var peer = run.Channels[1];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DxBot {dxbot.Throughput:0} answers/s (e2e p50 {dxbot.EndToEndP50:0.0} ms, p99 {dxbot.EndToEndP99:0.0} ms, errors {dxbot.Errors}, RSS {dxbot.RssPeakLifetime:0} MiB)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{peer.Target} {peer.Throughput:0} answers/s (e2e p50 {peer.EndToEndP50:0.0} ms, p99 {peer.EndToEndP99:0.0} ms, errors {peer.Errors}, RSS {peer.RssPeakLifetime:0} MiB)"));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput ratio vs @line/bot-sdk: {ratio:0.00}"));
    return dxbot.Errors == 0 ? 0 : 1;
}

await run.FullAsync();
var notesPath = Path.Combine(settings.Repo, "bench", "load", "NOTES.md");
var notes = File.Exists(notesPath) ? await File.ReadAllTextAsync(notesPath) : null;
var markdown = MarkdownReport.Write(run, MachineDescription.Describe(), started, clock.Elapsed, notes);
var output = settings.Output ?? Path.Combine(settings.Scratch, "benchmarks.md");
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
// The start-up figures come from bench/startup/run.sh: kept as they are.
if (StartupBench.Extract(File.Exists(output) ? await File.ReadAllTextAsync(output) : null) is { } startup)
{
    markdown = MarkdownReport.WithColdStartTarget(markdown, startup).TrimEnd() + "\n\n" + startup;
}

await File.WriteAllTextAsync(output, markdown);
Console.WriteLine($"Wrote {output}");
foreach (var (target, measured, met) in MarkdownReport.Targets(run))
{
    Console.WriteLine($"{(met ? "met   " : "MISSED")} {target}: {measured}");
}

var line = run.Channels.Where(r => r.Label == "LINE throughput").ToList();
if (line.Count == 2)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput ratio vs @line/bot-sdk: {line[0].Throughput / line[1].Throughput:0.00}"));
}

return 0;
