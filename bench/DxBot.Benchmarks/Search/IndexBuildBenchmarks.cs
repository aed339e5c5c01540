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

    private MeCabTagger? tagger;

    /// <summary>With MeCab's reading of every entry (what the bot does when libmecab is installed).</summary>
    [Params(false, true)]
    public bool Morphology { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        knowledge = SyntheticKnowledge.Create(Entries);
        tagger = Morphology ? MeCabTagger.TryCreate(new MorphologyOptions(), out var problem) ?? throw new InvalidOperationException(problem) : null;
    }

    [GlobalCleanup]
    public void Cleanup() => tagger?.Dispose();

    [Benchmark]
    public int BuildInMemory()
    {
        using var index = KnowledgeIndex.BuildInMemory(knowledge, tagger);
        return index.Count;
    }
}
