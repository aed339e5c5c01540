using BenchmarkDotNet.Attributes;
using DxBot.Knowledge.Model;
using DxBot.Search;

namespace DxBot.Benchmarks.Search;

/// <summary>How long a reindex takes to build a generation in memory (the on-disk build adds the file writes).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class IndexBuildBenchmarks
{
    private KnowledgeBase knowledge = KnowledgeBase.Empty;

    /// <summary>The real knowledge has about 350 entries for 2 cities; 1,500 is five cities' worth and more.</summary>
    [Params(300, 1500)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup() => knowledge = SyntheticKnowledge.Create(Entries);

    [Benchmark]
    public int BuildInMemory()
    {
        using var index = KnowledgeIndex.BuildInMemory(knowledge);
        return index.Count;
    }
}
