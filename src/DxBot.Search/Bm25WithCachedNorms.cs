using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace DxBot.Search;

/// <summary>
/// Lucene's BM25 (k1 1.2, b 0.75), scoring exactly as <see cref="BM25Similarity"/> does, with the length-normalization
/// table kept per field instead of rebuilt for every term of every query: BM25Similarity.ComputeWeight fills 256 floats
/// and formats an explanation string for each term and field, which was the costliest method of a turn under load
/// (bench/load/NOTES.md). Norms are encoded by BM25Similarity itself, so indexes are interchangeable. One instance per
/// searcher: the tables depend on the generation's average field lengths.
/// </summary>
internal sealed class Bm25WithCachedNorms : Similarity
{
    private const float K1 = 1.2f;
    private const float B = 0.75f;

    private static readonly BM25Similarity Encoding = new(K1, B);

    // Lucene's BM25 norm table: 1 / f² for the byte-encoded f = boost / sqrt(length).
    private static readonly float[] LengthOfNorm = BuildLengthTable();

    private readonly ConcurrentDictionary<string, (float AverageLength, float[] Table)> tables = new(StringComparer.Ordinal);

    public override long ComputeNorm(FieldInvertState state) => Encoding.ComputeNorm(state);

    public override SimWeight ComputeWeight(float queryBoost, CollectionStatistics collectionStats, params TermStatistics[] termStats)
    {
        // The same float and double steps as BM25Similarity, so every score is bit for bit the same.
        float idf = 0;
        foreach (var term in termStats)
        {
            idf += (float)Math.Log(1 + ((collectionStats.MaxDoc - term.DocFreq + 0.5D) / (term.DocFreq + 0.5D)));
        }

        float averageLength = collectionStats.SumTotalTermFreq <= 0 ? 1f : (float)(collectionStats.SumTotalTermFreq / (double)collectionStats.MaxDoc);
        return new Stats(collectionStats.Field, idf, queryBoost, averageLength, TableFor(collectionStats.Field, averageLength));
    }

    public override SimScorer GetSimScorer(SimWeight weight, AtomicReaderContext context)
    {
        var stats = (Stats)weight;
        return new Scorer(stats, context.AtomicReader.GetNormValues(stats.Field));
    }

    public override string ToString() => $"BM25(k1={K1},b={B}, cached norms)";

    private float[] TableFor(string field, float averageLength)
    {
        if (tables.TryGetValue(field, out var cached) && cached.AverageLength.Equals(averageLength))
        {
            return cached.Table;
        }

        var table = new float[256];
        for (int i = 0; i < table.Length; i++)
        {
            table[i] = K1 * ((1 - B) + (B * LengthOfNorm[i] / averageLength));
        }

        tables[field] = (averageLength, table);
        return table;
    }

    private static float[] BuildLengthTable()
    {
        var table = new float[256];
        for (int i = 0; i < table.Length; i++)
        {
            float f = SmallSingle.SByte315ToSingle((sbyte)i);
            table[i] = 1.0f / (f * f);
        }

        return table;
    }

    private sealed class Stats(string field, float idf, float queryBoost, float averageLength, float[] table) : SimWeight
    {
        public string Field { get; } = field;

        public float Idf { get; } = idf;

        public float QueryBoost { get; } = queryBoost;

        public float AverageLength { get; } = averageLength;

        public float[] Table { get; } = table;

        public float TopLevelBoost { get; private set; }

        public float Weight { get; private set; }

        public override float GetValueForNormalization()
        {
            float queryWeight = Idf * QueryBoost;
            return queryWeight * queryWeight;
        }

        public override void Normalize(float queryNorm, float topLevelBoost)
        {
            // As BM25: no query normalization, only the top-level boost.
            TopLevelBoost = topLevelBoost;
            Weight = Idf * QueryBoost * topLevelBoost;
        }
    }

    private sealed class Scorer(Stats stats, NumericDocValues? norms) : SimScorer
    {
        private readonly float weight = stats.Weight * (K1 + 1);

        public override float Score(int doc, float freq)
        {
            // Without norms BM25 acts as if b were 0.
            float norm = norms is null ? K1 : stats.Table[(sbyte)norms.Get(doc) & 0xFF];
            return weight * freq / (freq + norm);
        }

        public override float ComputeSlopFactor(int distance) => 1.0f / (distance + 1);

        public override float ComputePayloadFactor(int doc, int start, int end, BytesRef payload) => 1;

        public override Explanation Explain(int doc, Explanation freq)
        {
            float length = norms is null ? stats.AverageLength : LengthOfNorm[(sbyte)norms.Get(doc) & 0xFF];
            var result = new Explanation(Score(doc, freq.Value), $"score(doc={doc},freq={freq.Value}), BM25 (k1={K1}, b={B})");
            result.AddDetail(new Explanation(stats.QueryBoost * stats.TopLevelBoost, "boost"));
            result.AddDetail(new Explanation(stats.Idf, "idf"));
            result.AddDetail(new Explanation(length, $"fieldLength (average {stats.AverageLength})"));
            return result;
        }
    }
}
