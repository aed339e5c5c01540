using Lucene.Net.Index;
using Lucene.Net.Util;

namespace DxBot.Search;

/// <summary>
/// A set of term and postings enumerators, kept per segment and handed to one search at a time. Lucene's TermQuery
/// makes a new term enumerator (its frames and buffers) and a new postings enumerator (its 128-doc buffers and a clone
/// of the postings input) for every term, field and segment of every query: at 100× that was most of a search's
/// 681 KB and a GC every third query (docs/benchmarks.md). A search's scorers of one segment are all alive together,
/// so each gets an enumerator of its own; they are free again once the search has ended, since a search scores its
/// segments to the end before it returns (<see cref="SegmentSearcher"/> lends a set to each search and takes it back).
/// Only <see cref="PooledTermQuery"/> asks for them, through <see cref="Active"/>, which is set on the searching
/// thread for the duration of that search only. Not thread-safe: one search at a time; the enumerators belong to one
/// generation's segment readers.
/// </summary>
internal sealed class PostingsPool
{
    // Above this many scorers on one segment in one search, the rest are made as Lucene makes them: a query has at most
    // 48 terms in 3 fields and their readings, so this is only a bound on what one thread keeps.
    internal const int MaxPerSegment = 256;

    [ThreadStatic]
    private static PostingsPool? active;

    private readonly Dictionary<AtomicReader, Segment> segments = new(ReferenceEqualityComparer.Instance);

    private int search;

    /// <summary>The set of the search running on this thread, or null outside a <see cref="SegmentSearcher"/> search.</summary>
    internal static PostingsPool? Active => active;

    /// <summary>
    /// Makes this set the thread's for one search; disposing the scope ends it. Inside another pooled search on the
    /// same thread (none is made today) the inner one is not pooled, so it never takes the outer one's enumerators.
    /// </summary>
    internal Scope Begin()
    {
        var outer = active;
        if (outer is null)
        {
            search++;
            active = this;
        }
        else
        {
            active = null;
        }

        return new Scope(outer);
    }

    /// <summary>
    /// The postings of <paramref name="term"/> in one segment, positioned by its <paramref name="state"/> (from the
    /// query's TermContext), as <c>TermsEnum.Docs(acceptDocs, null)</c> gives them in Lucene's TermQuery; null when the
    /// segment has no such field.
    /// </summary>
    internal DocsEnum? Docs(AtomicReader reader, string field, BytesRef term, TermState state, IBits? acceptDocs)
    {
        if (!segments.TryGetValue(reader, out var segment))
        {
            segment = new Segment();
            segments.Add(reader, segment);
        }

        var termsEnum = segment.TermsOf(reader, field);
        if (termsEnum is null)
        {
            return null;
        }

        // Seeking by state sets the enumerator's term state whatever it was positioned on before.
        termsEnum.SeekExact(term, state);
        if (segment.Search != search)
        {
            segment.Search = search;
            segment.Used = 0;
        }

        if (segment.Used >= MaxPerSegment)
        {
            return termsEnum.Docs(acceptDocs, null);
        }

        // Lucene reuses the enumerator when it is its own kind for this segment and field (Lucene41's BlockDocsEnum
        // over the same postings input), and otherwise makes a new one, which is then kept in its place.
        var reused = segment.Used < segment.Postings.Count ? segment.Postings[segment.Used] : null;
        var docs = termsEnum.Docs(acceptDocs, reused);
        if (segment.Used < segment.Postings.Count)
        {
            segment.Postings[segment.Used] = docs;
        }
        else
        {
            segment.Postings.Add(docs);
        }

        segment.Used++;
        return docs;
    }

    /// <summary>Ends the search begun by <see cref="Begin"/>.</summary>
    internal readonly struct Scope(PostingsPool? outer) : IDisposable
    {
        public void Dispose() => active = outer;
    }

    private sealed class Segment
    {
        // One term enumerator per field is enough: a scorer keeps only the postings it was given.
        private readonly List<(string Field, TermsEnum? Terms)> terms = new(4);

        public List<DocsEnum> Postings { get; } = [];

        public int Search { get; set; }

        public int Used { get; set; }

        public TermsEnum? TermsOf(AtomicReader reader, string field)
        {
            foreach (var (known, termsEnum) in terms)
            {
                if (string.Equals(known, field, StringComparison.Ordinal))
                {
                    return termsEnum;
                }
            }

            var made = reader.GetTerms(field)?.GetEnumerator();
            terms.Add((field, made));
            return made;
        }
    }
}
