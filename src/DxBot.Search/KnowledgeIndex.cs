using DxBot.Knowledge.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace DxBot.Search;

/// <summary>
/// One immutable generation of the index: the Lucene directory and reader, the analyzer with that generation's
/// synonyms, and the entries by document. Reference-counted: <see cref="Dispose"/> gives up the owner's reference and
/// the reader closes when the last search in flight has finished.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    private readonly Directory directory;
    private readonly Directory served;
    private readonly DirectoryReader reader;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> documentCounts = new(StringComparer.Ordinal);
    private readonly Lazy<HashSet<string>> katakanaWords;
    private const int MinRarityDocuments = 10;
    private const int MaxCachedTermContexts = 200_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Text), TermContext> termContexts = new();
    private readonly KnowledgeEntry[] entriesByDoc;
    private readonly string[] textsByDoc;
    private readonly string[] titlesByDoc;
    private readonly string[]? readingsByDoc;
    private readonly Dictionary<string, int> docsById;
    private readonly Dictionary<string, IReadOnlySet<string>> cityNameUnits;
    private readonly Dictionary<string, IReadOnlySet<string>> cityNameReadings = new(StringComparer.Ordinal);
    private readonly Action? onClosed;
    private readonly Dictionary<string, AtomicReaderContext[]> segmentsByCity;
    private int references = 1;
    private int disposed;

    private KnowledgeIndex(
        KnowledgeBase knowledge,
        long generation,
        string? path,
        Directory directory,
        JapaneseAnalyzer analyzer,
        IReadOnlyList<KnowledgeError> warnings,
        Action? onClosed,
        MeCabTagger? morphology,
        Dictionary<KnowledgeEntry, string>? readings,
        RAMDirectory? servedCopy = null)
    {
        Base = knowledge;
        Generation = generation;
        Path = path;
        Analyzer = analyzer;
        Warnings = warnings;
        this.directory = directory;
        this.onClosed = onClosed;

        // Served from a copy in memory (a few hundred KB; 11 MB at 100× the bundled knowledge): every query clones an
        // input per term and field, and a memory-mapped input registers each clone in a locked weak table (a GC
        // dependent handle each); LINE closed loop 642 → 762–829 answers/s (bench/load/NOTES.md). The folder stays the
        // record of the generation.
        served = servedCopy ?? (directory is FSDirectory ? new RAMDirectory(directory, IOContext.READ_ONCE) : directory);
        try
        {
            reader = DirectoryReader.Open(served);
        }
        catch
        {
            DisposeServedCopy();
            throw;
        }

        try
        {
            Searcher = new SegmentSearcher(reader) { Similarity = new Bm25WithCachedNorms() };
            (entriesByDoc, textsByDoc) = ResolveDocuments(knowledge);
            segmentsByCity = SegmentsByCity(reader, entriesByDoc);
            titlesByDoc = [.. entriesByDoc.Select(e => Fold(e.Title ?? string.Empty).Text)];
            docsById = Enumerable.Range(0, entriesByDoc.Length).ToDictionary(d => entriesByDoc[d].Id, StringComparer.Ordinal);

            // Readings only where the index has them: a generation built without MeCab is searched without them.
            if (morphology is not null && reader.Leaves.Any(l => l.AtomicReader.FieldInfos.FieldInfo(KnowledgeFields.Reading) is not null))
            {
                Morphology = morphology;
                readingsByDoc = [.. entriesByDoc.Select(e => readings?.GetValueOrDefault(e) ?? ReadingOf(morphology, e))];
                foreach (var (id, city) in knowledge.Cities)
                {
                    cityNameReadings[KnowledgeFields.CityValue(id)] = ((IEnumerable<string?>)[city.Name, .. city.Aliases ?? []])
                        .Where(n => !string.IsNullOrWhiteSpace(n))
                        .SelectMany(n => analyzer.Terms(KanaReading.Of(morphology, n!), KnowledgeFields.Reading))
                        .ToHashSet(StringComparer.Ordinal);
                }
            }
            katakanaWords = new Lazy<HashSet<string>>(() => CollectKatakanaWords(entriesByDoc.Select(e => $"{e.Title}\n{e.Body}\n{string.Join('\n', e.Keywords)}")));
            cityNameUnits = knowledge.Cities.ToDictionary(
                c => KnowledgeFields.CityValue(c.Key),
                c => NameUnits(c.Value),
                StringComparer.Ordinal);
        }
        catch
        {
            reader.Dispose();
            DisposeServedCopy();
            throw;
        }
    }

    public long Generation { get; }

    public KnowledgeBase Base { get; }

    /// <summary>The generation's folder on disk; null for an in-memory index.</summary>
    public string? Path { get; }

    /// <summary>Entries indexed (entries with a missing or duplicate id are left out and reported in <see cref="Warnings"/>).</summary>
    public int Count => entriesByDoc.Length;

    /// <summary>Problems found while indexing that did not stop it.</summary>
    public IReadOnlyList<KnowledgeError> Warnings { get; }

    internal JapaneseAnalyzer Analyzer { get; }

    /// <summary>MeCab, when this generation was built with readings and the tagger is at hand; null: bigrams only.</summary>
    internal MeCabTagger? Morphology { get; }

    internal SegmentSearcher Searcher { get; }

    // BM25 ranked a 40-question check over the real knowledge exactly as classic TF-IDF did (coverage re-ranks the
    // candidates); it is kept as the better-behaved default for short fields. This one writes the norms; searches score
    // with Bm25WithCachedNorms, the same BM25 with its tables kept per generation.
    internal static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Builds an index held in memory (tests, tools, or a bot without an index folder).</summary>
    public static KnowledgeIndex BuildInMemory(KnowledgeBase knowledge, long generation = 0, CancellationToken cancellationToken = default) =>
        Build(knowledge, new RAMDirectory(), generation, path: null, onClosed: null, morphology: null, cancellationToken);

    /// <summary>Builds an index held in memory with readings from <paramref name="morphology"/> (null: bigrams only).</summary>
    public static KnowledgeIndex BuildInMemory(KnowledgeBase knowledge, MeCabTagger? morphology, long generation = 0, CancellationToken cancellationToken = default) =>
        Build(knowledge, new RAMDirectory(), generation, path: null, onClosed: null, morphology, cancellationToken);

    /// <summary>Builds an index into <paramref name="directory"/>, which the index then owns and disposes.</summary>
    public static KnowledgeIndex Build(KnowledgeBase knowledge, Directory directory, long generation, CancellationToken cancellationToken = default) =>
        Build(knowledge, directory, generation, path: null, onClosed: null, morphology: null, cancellationToken);

    /// <summary>Builds an index into a new folder (which must not hold another index), e.g. &lt;root&gt;/gen-000012.</summary>
    public static KnowledgeIndex BuildInFolder(KnowledgeBase knowledge, string folder, long generation, CancellationToken cancellationToken = default)
    {
        System.IO.Directory.CreateDirectory(folder);
        return Build(knowledge, FSDirectory.Open(folder), generation, folder, onClosed: null, morphology: null, cancellationToken);
    }

    /// <summary>Opens a generation written earlier by <see cref="Build(KnowledgeBase, Directory, long, CancellationToken)"/> from the knowledge it was built from.</summary>
    internal static KnowledgeIndex Open(KnowledgeBase knowledge, Directory directory, long generation, string? path, Action? onClosed, MeCabTagger? morphology = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var analyzer = new JapaneseAnalyzer(knowledge.Synonyms);
        try
        {
            return new KnowledgeIndex(knowledge, generation, path, directory, analyzer, [], onClosed, morphology, readings: null);
        }
        catch
        {
            analyzer.Dispose();
            directory.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Release();
        }
    }

    /// <summary>Takes a reference for one search; false once the generation has been closed.</summary>
    internal bool TryAcquire()
    {
        while (true)
        {
            int current = Volatile.Read(ref references);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref references, current + 1, current) == current)
            {
                return true;
            }
        }
    }

    internal void Release()
    {
        if (Interlocked.Decrement(ref references) == 0)
        {
            reader.Dispose();
            DisposeServedCopy();
            directory.Dispose();
            Analyzer.Dispose();
            onClosed?.Invoke();
        }
    }

    internal KnowledgeEntry EntryOf(int doc) => entriesByDoc[doc];

    /// <summary>
    /// The segments holding a city's entries and the national ones (the national ones alone for a city without
    /// entries).
    /// </summary>
    internal IList<AtomicReaderContext> SegmentsFor(string cityValue) =>
        segmentsByCity.TryGetValue(cityValue, out var segments) ? segments : segmentsByCity.GetValueOrDefault(KnowledgeFields.National, []);

    // Each city's segments together with the national ones, listed once per generation rather than per question.
    private static Dictionary<string, AtomicReaderContext[]> SegmentsByCity(DirectoryReader reader, KnowledgeEntry[] entries)
    {
        var byCity = new Dictionary<string, List<AtomicReaderContext>>(StringComparer.Ordinal);
        foreach (var leaf in reader.Leaves)
        {
            var cities = Enumerable.Range(leaf.DocBase, leaf.Reader.MaxDoc).Select(doc => KnowledgeFields.CityValue(entries[doc].CityId)).Distinct().ToList();
            if (cities.Count > 1)
            {
                // Build commits each city apart and never merges; a search over such a segment would answer with
                // another city's entries, so the generation is refused rather than served.
                throw new InvalidOperationException($"An index segment holds entries of several cities ({string.Join(", ", cities)}).");
            }

            if (cities.Count == 1)
            {
                (byCity.TryGetValue(cities[0], out var list) ? list : byCity[cities[0]] = []).Add(leaf);
            }
        }

        var national = byCity.GetValueOrDefault(KnowledgeFields.National, []);
        return byCity.ToDictionary(
            c => c.Key,
            c => c.Key == KnowledgeFields.National ? [.. national] : c.Value.Concat(national).ToArray(),
            StringComparer.Ordinal);
    }

    private void DisposeServedCopy()
    {
        if (!ReferenceEquals(served, directory))
        {
            served.Dispose();
        }
    }

    /// <summary>
    /// How rare a coverage unit is in this generation (inverse document frequency over the entries' folded texts):
    /// finding 期間 in an entry says more than finding 推進, which half the entries contain.
    /// </summary>
    internal double Rarity(string unit)
    {
        // Capped: a word no entry has (形態, 想定) is as telling as a rare one, not more; uncapped, one
        // unusual word in an otherwise well-covered question would sink it.
        var documents = Math.Max(DocumentsWith(unit), MinRarityDocuments);
        return Math.Log(1 + ((double)textsByDoc.Length / documents));
    }

    /// <summary>
    /// A term's statistics and postings positions in this generation, looked up once: the index never changes, and
    /// looking them up for every field of every query term was half of each search's CPU (bench/load/NOTES.md).
    /// Bounded, so questions full of words no entry has cannot grow it without limit.
    /// </summary>
    internal TermContext TermContextOf(string field, string text)
    {
        // Keyed by the strings the caller has: Term.Text decodes the term's bytes again on every call.
        var key = (field, text);
        if (termContexts.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var built = TermContext.Build(Searcher.TopReaderContext, new Term(field, text));
        if (termContexts.Count < MaxCachedTermContexts)
        {
            termContexts.TryAdd(key, built);
        }

        return built;
    }

    /// <summary>How many entries' folded texts contain the unit, as coverage counts it.</summary>
    internal int DocumentsWith(string unit)
    {
        if (documentCounts.TryGetValue(unit, out var count))
        {
            return count;
        }

        count = textsByDoc.Count(t => Question.OccursIn(t, unit));

        // Bounded like the term contexts: residents' words are many, the cache must not grow with them forever.
        if (documentCounts.Count < MaxCachedTermContexts)
        {
            documentCounts.TryAdd(unit, count);
        }

        return count;
    }

    /// <summary>The katakana words (whole runs) the entries use, for splitting compounds in questions.</summary>
    internal IReadOnlySet<string> KatakanaWords => katakanaWords.Value;

    /// <summary>Whether any entry's title, body or keywords has this (analyzed) term.</summary>
    internal bool ContainsTerm(string term) =>
        reader.DocFreq(new Term(KnowledgeFields.Body, term)) > 0
        || reader.DocFreq(new Term(KnowledgeFields.Title, term)) > 0
        || reader.DocFreq(new Term(KnowledgeFields.Keywords, term)) > 0;

    internal string TextOf(int doc) => textsByDoc[doc];

    internal string TitleOf(int doc) => titlesByDoc[doc];

    /// <summary>The entry's reading (see <see cref="KanaReading"/>); null without morphology.</summary>
    internal string? ReadingOf(int doc) => readingsByDoc?[doc];

    /// <summary>The reading of an indexed entry; null without morphology or for an entry not in this generation.</summary>
    internal string? ReadingOf(KnowledgeEntry entry) =>
        readingsByDoc is not null && entry.Id is not null && docsById.TryGetValue(entry.Id, out var doc) ? readingsByDoc[doc] : null;

    /// <summary>The reading terms of the city's own names (ハン, ンダ, ダシ for 半田市), which say nothing about what is asked.</summary>
    internal IReadOnlySet<string>? CityNameReadings(string? cityId) =>
        cityId is null ? null : cityNameReadings.GetValueOrDefault(KnowledgeFields.CityValue(cityId));

    /// <summary>The units of the city's own names, which say nothing about what is asked.</summary>
    internal IReadOnlySet<string>? CityNameUnits(string? cityId) =>
        cityId is null ? null : cityNameUnits.GetValueOrDefault(KnowledgeFields.CityValue(cityId));

    /// <summary>Folds a text the way questions are folded, synonyms included.</summary>
    internal (string Text, CharKind[] Kinds) Fold(string text)
    {
        var folded = TextFolding.Fold(text);
        return Analyzer.Synonyms.Apply(folded.Text, folded.Kinds);
    }

    // From the entries as written: in folded text hiragana are katakana too, and words would run into particles.
    private static HashSet<string> CollectKatakanaWords(IEnumerable<string> texts)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (System.Text.RegularExpressions.Match match in System.Text.RegularExpressions.Regex.Matches(text.Normalize(System.Text.NormalizationForm.FormKC), "[ァ-ヺー]{2,}"))
            {
                words.Add(match.Value);
            }
        }

        return words;
    }

    internal static KnowledgeIndex Build(
        KnowledgeBase knowledge,
        Directory directory,
        long generation,
        string? path,
        Action? onClosed,
        MeCabTagger? morphology,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(directory);
        var analyzer = new JapaneseAnalyzer(knowledge.Synonyms);
        var readings = morphology is null ? null : new Dictionary<KnowledgeEntry, string>(ReferenceEqualityComparer.Instance);

        // A folder's index is written in memory first and copied once: each of the per-city commits below would
        // otherwise fsync its files (about half of the bundled knowledge's build on this disk; bench/startup), and
        // the copy in memory is what the index serves anyway.
        var written = directory is FSDirectory ? new RAMDirectory() : directory;
        try
        {
            var warnings = new List<KnowledgeError>();
            var config = new IndexWriterConfig(JapaneseAnalyzer.Version, analyzer)
            {
                OpenMode = OpenMode.CREATE,
                Similarity = Similarity,

                // Plain files, no compound file: a compound file's slices are buffered inputs, and each query term's
                // scorer cloned one and filled a new 1 KB buffer (a seventh of what a search allocated).
                UseCompoundFile = false,
                MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
            };
            using (var writer = new IndexWriter(written, config))
            {
                // Which of two entries with one id is indexed is decided in the knowledge's order, as the entries are
                // resolved by id (ResolveDocuments); only then are they grouped by city.
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var indexed = new List<KnowledgeEntry>();
                foreach (var entry in knowledge.Entries)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (entry is null || string.IsNullOrEmpty(entry.Id))
                    {
                        warnings.Add(new KnowledgeError(entry?.File ?? "(index)", entry?.Line ?? 0, "entry without an id: not indexed"));
                        continue;
                    }

                    if (!seen.Add(entry.Id))
                    {
                        warnings.Add(new KnowledgeError(entry.File ?? "(index)", entry.Line, $"duplicate entry id '{entry.Id}': only the first is indexed"));
                        continue;
                    }

                    indexed.Add(entry);
                }

                // One commit, so at least one segment, per city and one for the national entries: a search for a city
                // then reads only its own and the national segments, where a filter over the whole index made Lucene
                // leapfrog the query and the filter. Term statistics stay the whole index's, so no score changes.
                string? segmentCity = null;
                foreach (var entry in indexed.OrderBy(e => KnowledgeFields.CityValue(e.CityId), StringComparer.Ordinal))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var city = KnowledgeFields.CityValue(entry.CityId);
                    if (segmentCity is not null && segmentCity != city)
                    {
                        writer.Commit();
                    }

                    segmentCity = city;
                    var document = ToDocument(entry);
                    if (morphology is not null)
                    {
                        var reading = readings![entry] = ReadingOf(morphology, entry);
                        document.Add(new TextField(KnowledgeFields.Reading, reading, Field.Store.NO));
                    }

                    writer.AddDocument(document);
                }

                writer.Commit();
            }

            if (written is RAMDirectory copy && !ReferenceEquals(written, directory))
            {
                CopyToFolder(copy, directory);
                return new KnowledgeIndex(knowledge, generation, path, directory, analyzer, warnings, onClosed, morphology, readings, copy);
            }

            return new KnowledgeIndex(knowledge, generation, path, directory, analyzer, warnings, onClosed, morphology, readings);
        }
        catch
        {
            analyzer.Dispose();
            if (!ReferenceEquals(written, directory))
            {
                written.Dispose();
            }

            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Writes the index files to the folder with one sync; the commit point (segments_N) last, so a folder cut short
    /// by a crash has no commit to open (and the generation's knowledge.json, written after this, is missing anyway).
    /// </summary>
    private static void CopyToFolder(RAMDirectory source, Directory folder)
    {
        var files = source.ListAll();
        var commitPoints = files.Where(f => f.StartsWith(IndexFileNames.SEGMENTS, StringComparison.Ordinal)).ToList();
        foreach (var file in files.Except(commitPoints, StringComparer.Ordinal).Concat(commitPoints))
        {
            source.Copy(folder, file, file, IOContext.DEFAULT);
        }

        folder.Sync(files);
    }

    // The same texts as the title, body and keywords fields, a line each so no reading bigram spans two of them.
    private static string ReadingOf(MeCabTagger morphology, KnowledgeEntry entry) =>
        KanaReading.Of(morphology, string.Join('\n', [entry.Title ?? string.Empty, entry.Body ?? string.Empty, .. entry.Keywords ?? []]));

    private static Document ToDocument(KnowledgeEntry entry)
    {
        var document = new Document
        {
            new StringField(KnowledgeFields.Id, entry.Id, Field.Store.YES),
            new StringField(KnowledgeFields.City, KnowledgeFields.CityValue(entry.CityId), Field.Store.NO),
            new StringField(KnowledgeFields.Topic, entry.Topic ?? KnowledgeTopics.General, Field.Store.NO),
            new StringField(KnowledgeFields.Audience, entry.Audience ?? "all", Field.Store.NO),
            new TextField(KnowledgeFields.Title, entry.Title ?? string.Empty, Field.Store.NO),
            new TextField(KnowledgeFields.Body, entry.Body ?? string.Empty, Field.Store.NO),

            // One keyword a line: the line break keeps bigrams from spanning two keywords.
            new TextField(KnowledgeFields.Keywords, string.Join('\n', entry.Keywords ?? []), Field.Store.NO),
        };
        if (!string.IsNullOrWhiteSpace(entry.Category))
        {
            document.Add(new StringField(KnowledgeFields.Category, entry.Category, Field.Store.NO));
        }

        return document;
    }

    private (KnowledgeEntry[] Entries, string[] Texts) ResolveDocuments(KnowledgeBase knowledge)
    {
        var byId = new Dictionary<string, KnowledgeEntry>(StringComparer.Ordinal);
        foreach (var entry in knowledge.Entries)
        {
            if (entry?.Id is not null)
            {
                byId.TryAdd(entry.Id, entry);
            }
        }

        // The reader never changes, so doc → entry is resolved once instead of loading stored fields per hit.
        var entries = new KnowledgeEntry[reader.MaxDoc];
        var texts = new string[reader.MaxDoc];
        for (int doc = 0; doc < reader.MaxDoc; doc++)
        {
            var id = reader.Document(doc).Get(KnowledgeFields.Id);
            entries[doc] = byId[id];
            texts[doc] = FoldForCoverage(entries[doc]);
        }

        return (entries, texts);
    }

    // A city's plan is the context of its entries: 「半田市のDX計画はいつまで？」 asks the period entry of 半田市DX推進計画
    // even though that entry never repeats 「DX」, so the plan's name counts as covered by each of them. National
    // guides are not about a plan, and their source's name (デジタル庁…) would match unrelated questions.
    internal string FoldForCoverage(KnowledgeEntry entry) =>
        Fold(string.Join('\n', [entry.Title ?? string.Empty, entry.Body ?? string.Empty, .. entry.Keywords ?? [], entry.CityId is null ? string.Empty : entry.Source?.Document ?? string.Empty])).Text;

    private IReadOnlySet<string> NameUnits(CityProfile city)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in (IEnumerable<string?>)[city.Name, .. city.Aliases ?? []])
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                var (text, kinds) = Fold(name);
                units.UnionWith(Question.Parse(text, kinds).Units.Keys);
            }
        }

        return units;
    }
}
