using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace DxBot.LoadBench;

/// <summary>Drives one target with one plan: warm-up (discarded), then the measured phase, then the figures.</summary>
internal sealed class LoadRunner(HttpClient client, ReplyBoard board)
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(15);

    public async Task<RunResult> RunAsync(TargetProcess target, IRequestFactory requests, LoadPlan plan)
    {
        Console.Error.WriteLine($"  {plan.Label} / {target.Name}: {plan.Mode}, warm-up {plan.WarmUp.TotalSeconds:0} s, measuring {plan.Duration.TotalSeconds:0} s");
        await PhaseAsync(requests, plan, plan.WarmUp, new ConcurrentBag<Sample>(), midway: false);

        board.ResetCounters();
        var samples = new ConcurrentBag<Sample>();
        var cpuBefore = target.CpuTime();
        var generatorBefore = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.StartNew();
        using var sampling = new CancellationTokenSource();
        var rssPeak = SampleRssAsync(target, sampling.Token);
        var midway = await PhaseAsync(requests, plan, plan.Duration, samples, midway: true);
        var cpu = target.CpuTime() - cpuBefore;
        var generator = Environment.CpuUsage.TotalTime - generatorBefore;
        var elapsed = wall.Elapsed;
        await sampling.CancelAsync();
        var peakDuringRun = await rssPeak;

        var list = samples.ToList();
        var answered = list.Where(s => s.Error is null).ToList();
        var endToEnd = answered.Select(s => s.EndToEndMs).ToList();
        var errors = list.Where(s => s.Error is not null).GroupBy(s => s.Error!).Select(g => $"{g.Key} ×{g.Count()}").ToList();
        if (board.Pushes > 0)
        {
            errors.Add($"push instead of reply ×{board.Pushes}");
        }

        if (board.Unexpected > 0)
        {
            errors.Add($"unexpected API call ×{board.Unexpected}");
        }

        // Not an error of its own: a reply that came after its sender gave up (15 s), or a second message of one answer
        // (Teams sends text and card, or several messages, to one replyToId). Beside "no reply within 15 s" it tells a
        // late answer from a lost one on LINE, where an answer is one call.
        if (board.Unmatched > 0)
        {
            Console.Error.WriteLine($"    replies nobody waited for (late or unknown): {board.Unmatched}");
        }

        var errorCount = list.Count(s => s.Error is not null) + (int)board.Pushes + (int)board.Unexpected;
        var result = new RunResult(
            plan.Label,
            target.Name,
            plan.Mode,
            plan.Duration,
            list.Count,
            answered.Count,
            errorCount,
            errors.Count == 0 ? "" : string.Join(", ", errors),
            answered.Count / plan.Duration.TotalSeconds,
            Percentiles.Of(answered.Select(s => s.AckMs).ToList(), 50),
            Percentiles.Of(answered.Select(s => s.AckMs).ToList(), 99),
            Percentiles.Of(endToEnd, 50),
            Percentiles.Of(endToEnd, 99),
            endToEnd.Count == 0 ? 0 : endToEnd.Max(),
            100.0 * cpu.TotalSeconds / elapsed.TotalSeconds,
            list.Count == 0 ? 0 : cpu.TotalMilliseconds / list.Count,
            peakDuringRun,
            target.Memory().Peak)
        {
            GeneratorCpuPercent = 100.0 * generator.TotalSeconds / elapsed.TotalSeconds,
        };
        if (midway is { } m)
        {
            // The spike may come after the swap (the new generation's caches are cold, the old one is collected), so
            // the answers are followed second by second from 2 s before the reindex to 6 s after it ended.
            var second = Stopwatch.Frequency;
            var around = answered.Where(s => s.SentAt >= m.Start && s.SentAt <= m.End + second).Select(s => s.EndToEndMs).ToList();
            var timeline = Enumerable.Range(-2, (int)Math.Ceiling((double)(m.End - m.Start) / second) + 8)
                .Select(k => answered.Where(s => s.SentAt >= m.Start + (k * second) && s.SentAt < m.Start + ((k + 1) * second)).Select(s => s.EndToEndMs).ToList())
                .Select(bucket => bucket.Count == 0 ? "–" : Percentiles.Of(bucket, 99).ToString("0", System.Globalization.CultureInfo.InvariantCulture))
                .ToList();
            var before = answered.Where(s => s.SentAt < m.Start).Select(s => s.EndToEndMs).ToList();
            result = result with
            {
                Midway = $"{m.Report}; sent while it ran (+1 s): {around.Count}, end-to-end p50 {Percentiles.Of(around, 50):0.0} ms, "
                    + $"p99 {Percentiles.Of(around, 99):0.0} ms, max {(around.Count == 0 ? 0 : around.Max()):0} ms; "
                    + $"before it: p99 {Percentiles.Of(before, 99):0.0} ms; "
                    + $"p99 per second from 2 s before to 6 s after: {string.Join(" ", timeline)} ms",
                MidwaySeconds = (double)(m.End - m.Start) / second,
                MidwayP99 = Percentiles.Of(around, 99),
            };
        }

        Console.Error.WriteLine($"    {result.Throughput:0} answers/s, e2e p50 {result.EndToEndP50:0.0} ms p99 {result.EndToEndP99:0.0} ms, errors {result.Errors} {result.ErrorDetail}, CPU {result.CpuPercent:0}% = {result.CpuMsPerRequest:0.00} ms per request (generator+fake API {result.GeneratorCpuPercent:0}%), ack p99 {result.AckP99:0.0} ms, RSS peak {result.RssPeakLifetime:0} MiB");
        Console.Error.WriteLine($"    memory at the end: {target.MemoryBreakdown()}; peak during the run {result.RssPeakDuringRun:0} MiB");
        if (plan.Rate is not null && answered.Count > 0)
        {
            // Pauses show as single slow seconds among quick ones; steady cost raises every second alike.
            var first = answered.Min(s => s.SentAt);
            var seconds = answered.GroupBy(s => (s.SentAt - first) / Stopwatch.Frequency).OrderBy(g => g.Key).ToList();
            Console.Error.WriteLine($"    p99 per second, end to end: {string.Join(" ", seconds.Select(g => Percentiles.Of(g.Select(s => s.EndToEndMs).ToList(), 99).ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
            Console.Error.WriteLine($"    p99 per second, ack:        {string.Join(" ", seconds.Select(g => Percentiles.Of(g.Select(s => s.AckMs).ToList(), 99).ToString("0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
        }

        if (result.Midway is not null)
        {
            Console.Error.WriteLine($"    midway: {result.Midway}");
        }

        return result;
    }

    private static async Task<double> SampleRssAsync(TargetProcess target, CancellationToken cancellationToken)
    {
        var peak = 0.0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                peak = Math.Max(peak, target.Memory().Rss);
                await Task.Delay(100, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }

        return Math.Max(peak, target.Memory().Rss);
    }

    private async Task<MidwayOutcome?> PhaseAsync(IRequestFactory requests, LoadPlan plan, TimeSpan duration, ConcurrentBag<Sample> samples, bool midway)
    {
        var clock = Stopwatch.StartNew();
        Task<MidwayOutcome>? action = null;
        if (midway && plan.Midway is { } run && plan.MidwayAt is { } at)
        {
            action = Task.Run(async () =>
            {
                await Task.Delay(at);
                var start = Stopwatch.GetTimestamp();
                var report = await run();
                return new MidwayOutcome(start, Stopwatch.GetTimestamp(), report);
            });
        }

        var inFlight = new ConcurrentBag<Task>();
        if (plan.Rate is { } rate)
        {
            long sent = 0;
            while (clock.Elapsed < duration)
            {
                var due = (long)(clock.Elapsed.TotalSeconds * rate);
                for (; sent < due; sent++)
                {
                    inFlight.Add(SendAsync(requests, samples));
                }

                await Task.Delay(1);
            }
        }
        else
        {
            var senders = Enumerable.Range(0, plan.Concurrency).Select(_ => Task.Run(async () =>
            {
                while (clock.Elapsed < duration)
                {
                    await SendAsync(requests, samples);
                }
            }));
            await Task.WhenAll(senders);
        }

        await Task.WhenAll(inFlight);
        return action is null ? null : await action;
    }

    private async Task SendAsync(IRequestFactory requests, ConcurrentBag<Sample> samples)
    {
        var (request, key) = requests.Next();
        var reply = board.Expect(key);
        var sentAt = Stopwatch.GetTimestamp();
        long ackAt;
        try
        {
            using (request)
            using (var response = await client.SendAsync(request))
            {
                ackAt = Stopwatch.GetTimestamp();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    board.Forget(key);
                    samples.Add(new Sample(sentAt, ackAt, ackAt, $"HTTP {(int)response.StatusCode}"));
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            board.Forget(key);
            samples.Add(new Sample(sentAt, Stopwatch.GetTimestamp(), 0, ex.GetType().Name));
            return;
        }

        if (await Task.WhenAny(reply, Task.Delay(ReplyTimeout)) != reply)
        {
            board.Forget(key);
            Console.Error.WriteLine($"    no reply within 15 s to {key}");
            samples.Add(new Sample(sentAt, ackAt, 0, "no reply within 15 s"));
            return;
        }

        samples.Add(new Sample(sentAt, ackAt, await reply, null));
    }

    private sealed record MidwayOutcome(long Start, long End, string Report);

    private sealed record Sample(long SentAt, long AckAt, long AnsweredAt, string? Error)
    {
        public double AckMs => Stopwatch.GetElapsedTime(SentAt, AckAt).TotalMilliseconds;

        public double EndToEndMs => Stopwatch.GetElapsedTime(SentAt, AnsweredAt).TotalMilliseconds;
    }
}
