using System.Diagnostics;
using DxBot.Knowledge;
using DxBot.Knowledge.Loading;
using DxBot.Search;

namespace DxBot.LoadBench;

/// <summary>Search alone, in this process: the cost of one query as the corpus grows, without HTTP or dialogs.</summary>
internal static class QueryLatency
{
    /// <param name="QueriesWithGc">Queries during which the GC paused the thread (this process's GC is non-concurrent: a
    /// collection stops the query where it is), and <paramref name="P99WithoutGc"/> the wall p99 of the others: what
    /// the wall time waits on beside the machine's other programs.</param>
    /// <param name="AllocatedKbPerQuery">What a query allocates, which sets how often the GC runs.</param>
    public sealed record Figures(int Entries, int KnowledgeErrors, double LoadMs, double BuildMs, int Queries, double P50, double P99, double Max, double CpuP50, double CpuP99, int QueriesWithGc = 0, double P99WithoutGc = 0, double AllocatedKbPerQuery = 0);

    public static Figures Measure(string folder, IReadOnlyList<Question> questions, int rounds)
    {
        var clock = Stopwatch.StartNew();
        var knowledge = new KnowledgeLoader().Load([folder]);
        var loadMs = clock.Elapsed.TotalMilliseconds;
        clock.Restart();
        using var index = KnowledgeIndex.BuildInMemory(knowledge);
        var buildMs = clock.Elapsed.TotalMilliseconds;
        var searcher = new LuceneKnowledgeSearcher(index);

        // Warm-up: the JIT's tiers and the index's caches settle before anything is timed.
        for (var round = 0; round < 10; round++)
        {
            foreach (var question in questions)
            {
                searcher.Search(new SearchRequest(question.Text, question.City));
            }
        }

        var times = new List<double>(rounds * questions.Count);
        var cpu = new List<double>(rounds * questions.Count);
        var withoutGc = new List<double>(rounds * questions.Count);
        var allocatedAtStart = GC.GetAllocatedBytesForCurrentThread();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var paused = GC.GetTotalPauseDuration();
                var cpuStart = ThreadCpu.NowMs();
                var start = Stopwatch.GetTimestamp();
                searcher.Search(new SearchRequest(question.Text, question.City));
                var wall = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                cpu.Add(ThreadCpu.NowMs() - cpuStart);
                times.Add(wall);
                if (GC.GetTotalPauseDuration() == paused)
                {
                    withoutGc.Add(wall);
                }
            }
        }

        var allocatedKb = (GC.GetAllocatedBytesForCurrentThread() - allocatedAtStart) / 1024.0 / times.Count;
        return new Figures(knowledge.Entries.Count, knowledge.Errors.Count, loadMs, buildMs, times.Count, Percentiles.Of(times, 50), Percentiles.Of(times, 99), times.Max(), Percentiles.Of(cpu, 50), Percentiles.Of(cpu, 99),
            times.Count - withoutGc.Count, withoutGc.Count > 0 ? Percentiles.Of(withoutGc, 99) : 0, allocatedKb);
    }
}
