using BenchmarkDotNet.Attributes;
using DxBot.Knowledge;
using DxBot.Search;

namespace DxBot.Benchmarks.Search;

/// <summary>One question's latency against a 1,500-entry index, from typical to hostile input.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private static readonly string Hostile = string.Concat(Enumerable.Repeat("申請 AND (コンビニ* ~ \"交付😀ｶﾞｲﾄﾞ ", 400));

    private KnowledgeIndex? index;
    private LuceneKnowledgeSearcher? searcher;
    private MeCabTagger? tagger;

    /// <summary>With MeCab's reading field and the question's reading (what the bot does when libmecab is installed).</summary>
    [Params(false, true)]
    public bool Morphology { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        tagger = Morphology ? MeCabTagger.TryCreate(new MorphologyOptions(), out var problem) ?? throw new InvalidOperationException(problem) : null;
        index = KnowledgeIndex.BuildInMemory(SyntheticKnowledge.Create(1500), tagger);
        searcher = new LuceneKnowledgeSearcher(index);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        index?.Dispose();
        tagger?.Dispose();
    }

    [Benchmark(Baseline = true)]
    public int OnTopic() => searcher!.Search(new SearchRequest("マイナカードの交付率は？", "tsushima")).Count;

    [Benchmark]
    public int OffTopic() => searcher!.Search(new SearchRequest("おすすめのラーメン屋を教えて", "handa")).Count;

    [Benchmark]
    public int KanaOnly() => searcher!.Search(new SearchRequest("すまほきょうしつはありますか", "handa")).Count;

    [Benchmark]
    public int AllCitiesWithTopic() => searcher!.Search(new SearchRequest("児童手当をオンラインで申請したい", null, 5, "online")).Count;

    [Benchmark]
    public int Hostile10k() => searcher!.Search(new SearchRequest(Hostile, "goshogawara")).Count;
}
