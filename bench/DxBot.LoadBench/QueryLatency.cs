using System.Diagnostics;
using DxBot.Knowledge;
using DxBot.Knowledge.Loading;
using DxBot.Search;

namespace DxBot.LoadBench;

/// <summary>Search alone, in this process: the cost of one query as the corpus grows, without HTTP or dialogs.</summary>
internal static class QueryLatency
{
    public sealed record Figures(int Entries, int KnowledgeErrors, double LoadMs, double BuildMs, int Queries, double P50, double P99, double Max, double CpuP50, double CpuP99);

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
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var cpuStart = ThreadCpu.NowMs();
                var start = Stopwatch.GetTimestamp();
                searcher.Search(new SearchRequest(question.Text, question.City));
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                cpu.Add(ThreadCpu.NowMs() - cpuStart);
            }
        }

        return new Figures(knowledge.Entries.Count, knowledge.Errors.Count, loadMs, buildMs, times.Count, Percentiles.Of(times, 50), Percentiles.Of(times, 99), times.Max(), Percentiles.Of(cpu, 50), Percentiles.Of(cpu, 99));
    }
}
