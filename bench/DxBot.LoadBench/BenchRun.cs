using System.Net;

namespace DxBot.LoadBench;

/// <summary>The scenarios, in order; each bot is started for its scenarios and stopped after them.</summary>
internal sealed class BenchRun(BenchSettings settings, FakeChannelApis fake, HttpClient client, IReadOnlyList<Question> questions)
{
    public const double LineRate = 200;
    public const double TeamsRate = 100;
    public const int Senders = 32;

    /// <summary>A plausible time for api.line.me to answer from a server in Japan (the "slow API" runs).</summary>
    public static readonly TimeSpan SlowApi = TimeSpan.FromMilliseconds(20);

    private readonly LoadRunner _runner = new(client, fake.Board);
    private readonly Bots _bots = new(settings, fake.BaseUrl, questions.Select(q => q.City).Distinct().Order(StringComparer.Ordinal).ToList());

    public List<RunResult> Channels { get; } = [];

    public List<ScalingResult> Scaling { get; } = [];

    public TimeSpan DxBotStartup { get; private set; }

    private string Knowledge => Path.Combine(settings.Repo, "knowledge");

    /// <summary>About 20 s: LINE throughput of DxBot and of the @line/bot-sdk echo bot; returns DxBot/peer.</summary>
    public async Task<double> QuickAsync()
    {
        // The same 5 s warm-up as the full run: after 2 s the bot was still compiling its hot paths (ratio 0.5–0.8).
        var plan = new LoadPlan("LINE throughput", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), null, Senders);
        await using (var dxbot = await _bots.StartDxBotAsync("dxbot", Knowledge))
        {
            DxBotStartup = dxbot.StartupTime;
            Channels.Add(await _runner.RunAsync(dxbot, LineRequests(dxbot), plan));
        }

        await using (var peer = await _bots.StartLineEchoAsync())
        {
            Channels.Add(await _runner.RunAsync(peer, LineRequests(peer), plan));
        }

        return Channels[0].Throughput / Channels[1].Throughput;
    }

    public async Task FullAsync()
    {
        var warmUp = TimeSpan.FromSeconds(5);
        var measure = TimeSpan.FromSeconds(20);
        var lineThroughput = new LoadPlan("LINE throughput", warmUp, measure, null, Senders);
        var lineRate = new LoadPlan($"LINE at {LineRate:0}/s", warmUp, measure, LineRate, 0);
        var teamsThroughput = new LoadPlan("Teams throughput", warmUp, measure, null, Senders);
        var teamsRate = new LoadPlan($"Teams at {TeamsRate:0}/s", warmUp, measure, TeamsRate, 0);

        Console.Error.WriteLine("DxBot, bundled knowledge (1×)");
        var query1 = QueryLatency.Measure(Knowledge, questions, rounds: 20);
        Console.Error.WriteLine($"  search alone: {query1.Entries} entries ({query1.KnowledgeErrors} knowledge errors), built in {query1.BuildMs:0} ms, p50 {query1.P50:0.00} ms, p99 {query1.P99:0.00} ms");
        await OneXAsync(query1);

        Console.Error.WriteLine("Peers");
        await using (var peer = await _bots.StartLineEchoAsync())
        {
            Channels.Add(await _runner.RunAsync(peer, LineRequests(peer), lineThroughput));
            Channels.Add(await _runner.RunAsync(peer, LineRequests(peer), lineRate));
            Channels.Add(await WithSlowApiAsync(() => _runner.RunAsync(peer, LineRequests(peer), SlowApiPlan(lineRate))));
        }

        await using (var peer = await _bots.StartTeamsEchoAsync())
        {
            Channels.Add(await _runner.RunAsync(peer, TeamsRequests(peer), teamsThroughput));
            Channels.Add(await _runner.RunAsync(peer, TeamsRequests(peer), teamsRate));
        }

        foreach (var times in new[] { 10, 100 })
        {
            Console.Error.WriteLine($"DxBot, knowledge {times}×");
            var folder = KnowledgeReplicator.Replicate(Knowledge, settings.Scratch, times);
            var query = QueryLatency.Measure(folder, questions, rounds: 20);
            Console.Error.WriteLine($"  search alone: {query.Entries} entries ({query.KnowledgeErrors} knowledge errors), built in {query.BuildMs:0} ms, p50 {query.P50:0.00} ms, p99 {query.P99:0.00} ms; {query.QueriesWithGc} of {query.Queries} queries paused by the GC, p99 of the others {query.P99WithoutGc:0.00} ms, {query.AllocatedKbPerQuery:0} KB allocated a query");

            // From an empty index, as --reindex-only: on the last run's index a new program rebuilt every part in the
            // background through the measured runs (44.7 s at 100×, and a reindex waiting 7 s behind it).
            _bots.ForgetIndex($"dxbot {times}x");
            await using var dxbot = await _bots.StartDxBotAsync($"dxbot {times}x", folder);
            var load = await _runner.RunAsync(dxbot, LineRequests(dxbot), lineRate with { Label = $"LINE at {LineRate:0}/s, {times}×" });
            var reindex = times == 100
                ? await _runner.RunAsync(dxbot, LineRequests(dxbot), WithReindex(lineRate, dxbot) with { Label = $"LINE at {LineRate:0}/s, {times}×, reindex" })
                : null;
            var oneCity = times == 100 ? await OneCityReindexAsync(dxbot, folder, lineRate, times) : null;
            Scaling.Add(new ScalingResult(times, query.Entries, dxbot.StartupTime, load, query, reindex, oneCity));
        }
    }

    /// <summary>
    /// Only the full run's 1× DxBot, its six runs in the same order (`--one-x-only`, about 2.5 minutes): the RSS peak
    /// over the whole run is this bot's, and each run's end prints where its memory is.
    /// </summary>
    public Task OneXOnlyAsync() => OneXAsync(new QueryLatency.Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0));

    private async Task OneXAsync(QueryLatency.Figures query1)
    {
        var warmUp = TimeSpan.FromSeconds(5);
        var measure = TimeSpan.FromSeconds(20);
        var lineRate = new LoadPlan($"LINE at {LineRate:0}/s", warmUp, measure, LineRate, 0);
        // From an empty index, as the runs at 10× and 100×: a leftover generation of another program was rebuilt in the
        // background during LINE throughput (the analysis, and MeCab's dictionary read whole, beside the load).
        _bots.ForgetIndex("dxbot 1x");
        await using var dxbot = await _bots.StartDxBotAsync("dxbot 1x", Knowledge);
        DxBotStartup = dxbot.StartupTime;
        Console.Error.WriteLine($"    started: {dxbot.MemoryBreakdown()}");
        Channels.Add(await _runner.RunAsync(dxbot, LineRequests(dxbot), new LoadPlan("LINE throughput", warmUp, measure, null, Senders)));
        var lineAt200 = await _runner.RunAsync(dxbot, LineRequests(dxbot), lineRate);
        Channels.Add(lineAt200);
        Channels.Add(await _runner.RunAsync(dxbot, TeamsRequests(dxbot), new LoadPlan("Teams throughput", warmUp, measure, null, Senders)));
        Channels.Add(await _runner.RunAsync(dxbot, TeamsRequests(dxbot), new LoadPlan($"Teams at {TeamsRate:0}/s", warmUp, measure, TeamsRate, 0)));
        var reindex = await _runner.RunAsync(dxbot, LineRequests(dxbot), WithReindex(lineRate, dxbot));
        Scaling.Add(new ScalingResult(1, query1.Entries, dxbot.StartupTime, lineAt200, query1, reindex));
        Channels.Add(await WithSlowApiAsync(() => _runner.RunAsync(dxbot, LineRequests(dxbot), SlowApiPlan(lineRate))));
    }

    /// <summary>Only DxBot's LINE path at the fixed rate, with the LINE API answering in <see cref="SlowApi"/> (about 30 s).</summary>
    public async Task SlowApiOnlyAsync()
    {
        var plan = SlowApiPlan(new LoadPlan($"LINE at {LineRate:0}/s", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), LineRate, 0));
        await using var dxbot = await _bots.StartDxBotAsync("dxbot", Knowledge);
        Channels.Add(await WithSlowApiAsync(() => _runner.RunAsync(dxbot, LineRequests(dxbot), plan)));
    }

    /// <summary>Only the 100× reindex runs, full and after one city's edit (`--reindex-only`, about 2 minutes).</summary>
    public async Task ReindexOnlyAsync()
    {
        const int times = 100;
        var lineRate = new LoadPlan($"LINE at {LineRate:0}/s", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20), LineRate, 0);
        var folder = KnowledgeReplicator.Replicate(Knowledge, settings.Scratch, times);

        // From an empty index, as the first run did: repeated runs then compare alike.
        _bots.ForgetIndex($"dxbot {times}x");
        await using var dxbot = await _bots.StartDxBotAsync($"dxbot {times}x", folder);
        var reindex = await _runner.RunAsync(dxbot, LineRequests(dxbot), WithReindex(lineRate, dxbot) with { Label = $"LINE at {LineRate:0}/s, {times}×, reindex" });
        var oneCity = await OneCityReindexAsync(dxbot, folder, lineRate, times);
        Scaling.Add(new ScalingResult(times, 0, dxbot.StartupTime, reindex, new QueryLatency.Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), reindex, oneCity));
    }

    // One of 半田市's files edited just before the reindex: the bot analyses that city again and takes the others over.
    private Task<RunResult> OneCityReindexAsync(TargetProcess dxbot, string folder, LoadPlan lineRate, int times) =>
        _runner.RunAsync(dxbot, LineRequests(dxbot), WithReindex(lineRate, dxbot) with
        {
            Label = $"LINE at {LineRate:0}/s, {times}×, reindex after one city's edit",
            Midway = () =>
            {
                KnowledgeReplicator.EditOneCity(folder);
                return Bots.ReindexAsync(dxbot);
            },
        });

    /// <summary>Only DxBot's LINE throughput run, to look into one path (`--line-only`).</summary>
    public async Task LineOnlyAsync()
    {
        await using var dxbot = await _bots.StartDxBotAsync("dxbot", Knowledge);
        Channels.Add(await _runner.RunAsync(dxbot, LineRequests(dxbot), new LoadPlan("LINE throughput", settings.WarmUp ?? TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20), null, Senders)));
    }

    /// <summary>Only DxBot's LINE path at the fixed rate (`--line-rate-only`, about 30 s): where p99 shows pauses.</summary>
    public async Task LineRateOnlyAsync()
    {
        await using var dxbot = await _bots.StartDxBotAsync("dxbot", Knowledge);
        if (settings.WarmUp is { } warmUp)
        {
            // As in the full run, where this run follows LINE throughput: the JIT's tiers settled and many residents seen.
            await _runner.RunAsync(dxbot, LineRequests(dxbot), new LoadPlan("LINE throughput (unmeasured)", warmUp, TimeSpan.FromSeconds(1), null, Senders));
        }

        Channels.Add(await _runner.RunAsync(dxbot, LineRequests(dxbot), new LoadPlan($"LINE at {LineRate:0}/s", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20), LineRate, 0)));
    }

    /// <summary>Only DxBot's Teams runs, to look into one path (`--teams-only`).</summary>
    public async Task TeamsOnlyAsync()
    {
        await using var dxbot = await _bots.StartDxBotAsync("dxbot", Knowledge);
        Channels.Add(await _runner.RunAsync(dxbot, TeamsRequests(dxbot), new LoadPlan("Teams throughput", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20), null, Senders)));
        Channels.Add(await _runner.RunAsync(dxbot, TeamsRequests(dxbot), new LoadPlan($"Teams at {TeamsRate:0}/s", TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(20), TeamsRate, 0)));
    }

    private static LoadPlan SlowApiPlan(LoadPlan plan) => plan with { Label = plan.Label + $", LINE API answering in {SlowApi.TotalMilliseconds:0} ms" };

    private async Task<RunResult> WithSlowApiAsync(Func<Task<RunResult>> run)
    {
        fake.Latency = SlowApi;
        try
        {
            return await run();
        }
        finally
        {
            fake.Latency = TimeSpan.Zero;
        }
    }

    private LoadPlan WithReindex(LoadPlan plan, TargetProcess bot) => plan with
    {
        Label = plan.Label + ", reindex at 8 s",
        MidwayAt = TimeSpan.FromSeconds(8),
        Midway = () => Bots.ReindexAsync(bot),
    };

    private LineRequestFactory LineRequests(TargetProcess bot) =>
        new(bot.BaseUrl, city => bot.Name.StartsWith("dxbot", StringComparison.Ordinal) ? $"/api/line/{city}" : "/", questions, Bots.Secret);

    private TeamsRequestFactory TeamsRequests(TargetProcess bot) =>
        new(bot.BaseUrl, fake.BaseUrl, questions);

    public static HttpClient NewClient() => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = 1024,
        // Node closes idle keep-alive connections after 5 s; never reuse one that old.
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(2),
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
}
