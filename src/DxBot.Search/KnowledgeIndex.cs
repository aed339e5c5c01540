using DxBot.Knowledge;
using DxBot.Knowledge.Model;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace DxBot.Search;

/// <summary>
/// One immutable generation of the index: Lucene index parts, one per city (several for a large city, split by file)
/// and one for the national entries, searched together through one reader, the analyzer with that generation's synonyms, and the entries by document.
/// Reference-counted: <see cref="Dispose"/> gives up the owner's reference and the reader closes when the last search
/// in flight has finished. A part whose entries did not change is shared with the generation before (incremental
/// reindex), so a reindex after one city's edit analyses that city (or that file's part of it) only.
/// </summary>
public sealed class KnowledgeIndex : IDisposable
{
    /// <summary>The sub-folder of a generation's folder holding part N (its entries' city is read from the entries).</summary>
    internal const string PartFolderPrefix = "part-";

    private readonly IndexPart[] parts;
    private readonly IndexReader reader;
    private readonly Lazy<HashSet<string>> katakanaWords;
    private const int MinRarityDocuments = 10;
    private const int MinPhraseLength = 3;
    private const int MinPhraseKana = 2;

    // About a quarter of a city of the 100× knowledge (6,300 entries): a second of analysis becomes a quarter.
    private const int PartEntries = 1_600;

    // A part rebuilt by merging more runs than this is analysed whole instead (each run is a reader in the merge).
    private const int MaxMergedRuns = 64;
    private const int MaxCachedTermContexts = 200_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(string Field, string Text), TermContext> termContexts = new();
    private readonly KnowledgeEntry[] entriesByDoc;
    private readonly string[] textsByDoc;
    private readonly string[] titlesByDoc;
    private readonly string[]? readingsByDoc;

    // Kana nouns of residents' messages looked up lately (see UsesKanaWord).
    private readonly RecentCache<string, bool> kanaWords = new(4096, StringComparer.Ordinal);

    private readonly Dictionary<string, int> docsById;
    private readonly Dictionary<string, IReadOnlySet<string>> cityNameReadings = new(StringComparer.Ordinal);
    private readonly string[][] phrasesByDoc;
    private readonly Dictionary<string, IReadOnlySet<string>> cityNameUnits;
    private readonly Action? onClosed;
    private readonly Dictionary<string, AtomicReaderContext[]> segmentsByCity;
    private ReferenceCount references;
    private int disposed;

    // Takes over one reference of each part: on failure they are released here.
    private KnowledgeIndex(
        KnowledgeBase knowledge,
        long generation,
        string? path,
        JapaneseAnalyzer analyzer,
        string? analysisFingerprint,
        IndexPart[] parts,
        IReadOnlyList<KnowledgeError> warnings,
        IReadOnlyList<string> rebuilt,
        Action? onClosed,
        MeCabTagger? morphology)
    {
        Base = knowledge;
        Generation = generation;
        Path = path;
        Analyzer = analyzer;
        AnalysisFingerprint = analysisFingerprint;
        Warnings = warnings;
        Rebuilt = rebuilt;
        this.parts = parts;
        this.onClosed = onClosed;
        try
        {
            // The parts' readers stay theirs (a reused part outlives this generation): the composite only borrows them.
            // Parts are in city order, so documents are numbered as one index committed city by city would number them.
            reader = new MultiReader([.. parts.Select(p => (IndexReader)p.Reader)], closeSubReaders: false);
        }
        catch
        {
            ReleaseParts(parts);
            throw;
        }

        try
        {
            Searcher = new SegmentSearcher(reader) { Similarity = new Bm25WithCachedNorms() };
            entriesByDoc = ResolveDocuments(knowledge, parts);
            textsByDoc = [.. parts.SelectMany(p => p.Texts)];
            segmentsByCity = SegmentsByCity(reader, parts, entriesByDoc);
            titlesByDoc = [.. parts.SelectMany(p => p.Titles)];
            phrasesByDoc = [.. parts.SelectMany(p => p.Phrases)];
            katakanaWords = new Lazy<HashSet<string>>(() => [.. parts.SelectMany(p => p.KatakanaWords)]);
            docsById = Enumerable.Range(0, entriesByDoc.Length).ToDictionary(d => entriesByDoc[d].Id, StringComparer.Ordinal);

            // Readings only where every part has them: a generation built without MeCab is searched without them.
            if (morphology is not null && parts.Length > 0 && parts.All(p => p.Readings is not null))
            {
                Morphology = morphology;
                readingsByDoc = [.. parts.SelectMany(p => p.Readings!)];
                foreach (var (id, city) in knowledge.Cities)
                {
                    cityNameReadings[KnowledgeFields.CityValue(id)] = ((IEnumerable<string?>)[city.Name, .. city.Aliases ?? []])
                        .Where(n => !string.IsNullOrWhiteSpace(n))
                        .SelectMany(n => analyzer.Terms(KanaReading.Of(morphology, n!), KnowledgeFields.Reading))
                        .ToHashSet(StringComparer.Ordinal);
                }
            }
            cityNameUnits = knowledge.Cities.ToDictionary(
                c => KnowledgeFields.CityValue(c.Key),
                c => NameUnits(c.Value),
                StringComparer.Ordinal);
        }
        catch
        {
            reader.Dispose();
            ReleaseParts(parts);
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

    /// <summary>
    /// The cities (<see cref="KnowledgeFields.CityValue"/>, national included) whose part was analysed for this
    /// generation; the others were taken over unchanged from the generation before.
    /// </summary>
    public IReadOnlyList<string> Rebuilt { get; }

    /// <summary>
    /// The hash of each part's stored entries file (<see cref="PersistedKnowledgeWriter"/>), in part order; null when
    /// the generation's entries were not stored that way (in memory, or an older layout), so none is taken over.
    /// </summary>
    internal IReadOnlyList<string>? EntryFiles { get; init; }

    /// <summary>How many entries were analysed for this generation (those of the rebuilt parts).</summary>
    public int Analysed { get; private init; }

    /// <summary>Every city with a part in this generation, in document order.</summary>
    public IReadOnlyList<string> Cities => [.. parts.Select(p => p.City ?? "?")];

    internal JapaneseAnalyzer Analyzer { get; }

    /// <summary>MeCab, when this generation was built with readings and the tagger is at hand; null: bigrams only.</summary>
    internal MeCabTagger? Morphology { get; }

    internal SegmentSearcher Searcher { get; }

    /// <summary>What the parts' analysis depended on (<see cref="KnowledgeFingerprint.OfAnalysis"/>); null when unknown, so nothing is reused.</summary>
    internal string? AnalysisFingerprint { get; }

    // BM25 ranked a 40-question check over the real knowledge exactly as classic TF-IDF did (coverage re-ranks the
    // candidates); it is kept as the better-behaved default for short fields. This one writes the norms; searches score
    // with Bm25WithCachedNorms, the same BM25 with its tables kept per generation.
    internal static Similarity Similarity { get; } = new BM25Similarity();

    /// <summary>Builds an index held in memory (tests, tools, or a bot without an index folder).</summary>
    public static KnowledgeIndex BuildInMemory(KnowledgeBase knowledge, long generation = 0, CancellationToken cancellationToken = default) =>
        Build(knowledge, folder: null, generation, onClosed: null, previous: null, morphology: null, cancellationToken);

    /// <summary>Builds an index held in memory with readings from <paramref name="morphology"/> (null: bigrams only).</summary>
    public static KnowledgeIndex BuildInMemory(KnowledgeBase knowledge, MeCabTagger? morphology, long generation = 0, CancellationToken cancellationToken = default) =>
        Build(knowledge, folder: null, generation, onClosed: null, previous: null, morphology, cancellationToken);

    /// <summary>Builds an index into a new folder (which must not hold another index), e.g. &lt;root&gt;/gen-000012.</summary>
    public static KnowledgeIndex BuildInFolder(KnowledgeBase knowledge, string folder, long generation, CancellationToken cancellationToken = default) =>
        Build(knowledge, folder, generation, onClosed: null, previous: null, morphology: null, cancellationToken);

    /// <summary>
    /// Opens a generation folder written by <see cref="Build(KnowledgeBase, string?, long, Action?, KnowledgeIndex?, CancellationToken)"/>
    /// (or, as one part mixing the cities, by a version that wrote one index a folder) from the knowledge it was built from.
    /// </summary>
    /// <param name="sameProgram">Whether this program built it: only then may its parts be reused by the next reindex.</param>
    /// <param name="entryFiles">The hashes of the parts' stored entries files, when they may be taken over by the next reindex.</param>
    internal static KnowledgeIndex Open(KnowledgeBase knowledge, string folder, long generation, Action? onClosed, bool sameProgram, MeCabTagger? morphology = null, IReadOnlyList<string>? entryFiles = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var analyzer = CreateAnalyzer(knowledge);
        var opened = new List<IndexPart>();
        try
        {
            var byId = EntriesById(knowledge);
            var partFolders = System.IO.Directory.GetDirectories(folder, PartFolderPrefix + "*").Order(StringComparer.Ordinal).ToList();
            foreach (var partFolder in partFolders.Count > 0 ? partFolders : [folder])
            {
                RAMDirectory copy;
                using (var onDisk = FSDirectory.Open(partFolder))
                {
                    copy = new RAMDirectory(onDisk, IOContext.READ_ONCE);
                }

                string[] ids;
                try
                {
                    using var stored = DirectoryReader.Open(copy);
                    ids = [.. Enumerable.Range(0, stored.MaxDoc).Select(doc => stored.Document(doc).Get(KnowledgeFields.Id))];
                }
                catch
                {
                    copy.Dispose();
                    throw;
                }

                var entries = ids.Select(id => byId[id]).ToList();
                var cities = entries.Select(e => KnowledgeFields.CityValue(e.CityId)).Distinct().ToList();
                var city = partFolders.Count > 0 && cities.Count == 1 ? cities[0] : null;
                var fingerprint = city is not null && sameProgram ? KnowledgeFingerprint.OfEntries(entries) : null;
                // Read with MeCab again rather than stored in the documents: storing them made the one-city reindex at
                // 100× merge them too (its analysis 233 → 525-619 ms, docs/benchmarks.md). The dictionary pages this
                // reads are released once the generation is in service (KnowledgeService.Restore).
                var readings = morphology is not null && HasReadingField(copy) ? entries.Select(e => ReadingOf(morphology, e)).ToArray() : null;
                opened.Add(NewPart(analyzer, copy, city, fingerprint, ids, [.. entries.Select(e => FoldForCoverage(analyzer, e))], entries, readings, eager: false));
            }

            // Parts written without readings were analysed without them, whatever is at hand now.
            var read = morphology is not null && opened.All(p => p.Readings is not null) ? morphology : null;
            var analysis = sameProgram ? AnalysisOf(knowledge, read) : null;
            var parts = opened.ToArray();
            opened.Clear();
            // The entries files belong to this layout's parts only when there is one file a part.
            return new KnowledgeIndex(knowledge, generation, folder, analyzer, analysis, parts, [], [], onClosed, morphology)
            {
                EntryFiles = partFolders.Count > 0 && entryFiles?.Count == parts.Length ? entryFiles : null,
            };
        }
        catch
        {
            ReleaseParts(opened);
            analyzer.Dispose();
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
    internal bool TryAcquire() => references.TryAcquire();

    internal void Release()
    {
        if (references.Release())
        {
            reader.Dispose();
            ReleaseParts(parts);
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
    private static Dictionary<string, AtomicReaderContext[]> SegmentsByCity(IndexReader reader, IndexPart[] parts, KnowledgeEntry[] entries)
    {
        var byCity = new Dictionary<string, List<AtomicReaderContext>>(StringComparer.Ordinal);

        // The composite's leaves are the parts' segments in the parts' order.
        var leafCities = parts.SelectMany(p => Enumerable.Repeat(p.City, p.Reader.Leaves.Count)).ToList();
        foreach (var leaf in reader.Leaves)
        {
            // A part knows its city (its entries were grouped by it); only a folder of the older layout is checked
            // document by document.
            var cities = leafCities[leaf.Ord] is { } known ? [known] : Enumerable.Range(leaf.DocBase, leaf.Reader.MaxDoc).Select(doc => KnowledgeFields.CityValue(entries[doc].CityId)).Distinct().ToList();
            if (cities.Count > 1)
            {
                // Build writes each city to a part of its own and never merges; a search over such a segment would
                // answer with another city's entries, so the generation is refused rather than served.
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

    private static void ReleaseParts(IEnumerable<IndexPart> parts)
    {
        foreach (var part in parts)
        {
            part.Release();
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

    /// <summary>
    /// Looks up, before this generation goes into service, the terms the generation in service has been asked for
    /// (at most <paramref name="max"/>), and the katakana words of every part: the first questions after a swap built
    /// them while residents waited, the whole index's term positions for each of their words (a p99 of seconds in the
    /// seconds after a 100× reindex under load, even one that changed nothing).
    /// </summary>
    internal int WarmFrom(KnowledgeIndex previous, int max, CancellationToken cancellationToken)
    {
        _ = KatakanaWords;

        // A part taken over is the same reader in both generations (see the constructor): its segments' term states
        // are the generation before's, as they are; only the rebuilt parts' segments are looked up. Looking up every
        // term in all 26 parts of the 100× knowledge was half a second of a one-city reindex.
        var leaves = Searcher.TopReaderContext.Leaves;
        var previousOrds = new Dictionary<AtomicReader, int>(ReferenceEqualityComparer.Instance);
        foreach (var leaf in previous.Searcher.TopReaderContext.Leaves)
        {
            previousOrds[leaf.AtomicReader] = leaf.Ord;
        }

        var carried = new int[leaves.Count];
        for (int i = 0; i < leaves.Count; i++)
        {
            carried[i] = previousOrds.TryGetValue(leaves[i].AtomicReader, out var ord) ? ord : -1;
        }

        var warmed = 0;
        foreach (var ((field, text), before) in previous.termContexts)
        {
            if (warmed >= max)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            if (termContexts.Count < MaxCachedTermContexts)
            {
                termContexts.TryAdd((field, text), CarriedOver(before, new Term(field, text), leaves, carried));
            }

            warmed++;
        }

        return warmed;
    }

    // TermContext.Build's lookup, but a segment shared with the generation before takes that generation's state.
    private TermContext CarriedOver(TermContext before, Term term, IList<AtomicReaderContext> leaves, int[] carried)
    {
        var context = new TermContext(Searcher.TopReaderContext);
        for (int i = 0; i < leaves.Count; i++)
        {
            var leaf = leaves[i];
            if (carried[i] >= 0 && before.Get(carried[i]) is Lucene.Net.Codecs.BlockTermState state)
            {
                context.Register(state, leaf.Ord, state.DocFreq, state.TotalTermFreq);
                continue;
            }

            if (carried[i] >= 0 && before.Get(carried[i]) is null)
            {
                // Not in that segment then, and the segment has not changed.
                continue;
            }

            var terms = leaf.AtomicReader.Fields?.GetTerms(term.Field);
            var termsEnum = terms?.GetEnumerator();
            if (termsEnum is not null && termsEnum.SeekExact(term.Bytes))
            {
                context.Register(termsEnum.GetTermState(), leaf.Ord, termsEnum.DocFreq, termsEnum.TotalTermFreq);
            }
        }

        return context;
    }

    /// <summary>How many coverage units this generation's parts counted from the counts of the parts they replaced (tests).</summary>
    internal int CountedFromBefore => parts.Sum(p => p.CountedFromBefore);

    /// <summary>The terms whose statistics are looked up in this generation (tests).</summary>
    internal IReadOnlyList<(string Field, string Text)> LookedUpTerms => [.. termContexts.Keys];

    /// <summary>Whether the term's statistics are already looked up in this generation (tests).</summary>
    internal bool HasTermContext(string field, string text) => termContexts.ContainsKey((field, text));

    /// <summary>How many entries' folded texts contain the unit, as coverage counts it.</summary>
    internal int DocumentsWith(string unit)
    {
        // Counted and cached per part: after an incremental reindex only the rebuilt city is counted again, where
        // counting over every text of the 100× knowledge was a turn's spike after each reindex.
        var count = 0;
        foreach (var part in parts)
        {
            count += part.DocumentsWith(unit);
        }

        return count;
    }

    /// <summary>
    /// Whether any entry writes this word (folded to katakana) or reads it: ゴミ is in no entry, コドモ is read in 子ども.
    /// </summary>
    internal bool UsesKanaWord(string katakana) =>
        kanaWords.GetOrAdd(katakana, static (word, index) => index.DocumentsWith(word) > 0 || (index.readingsByDoc is not null && index.ReadByAnyPart(word)), this);

    // Looked up part by part, each keeping what it found: after a one-city reindex only the rebuilt part reads its
    // entries again, where one scan over every reading of the 100× knowledge ran for each new word after the swap.
    private bool ReadByAnyPart(string word)
    {
        foreach (var part in parts)
        {
            if (part.Reads(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The katakana words (whole runs) the entries use, for splitting compounds in questions.</summary>
    internal IReadOnlySet<string> KatakanaWords => katakanaWords.Value;

    /// <summary>The synonyms' canonical verb phrases (書カナイ), each one unit of a question.</summary>
    internal IReadOnlySet<string> VerbPhrases => Analyzer.Synonyms.VerbPhrases;

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

    /// <summary>True when the folded question holds one of the entry's keyword phrases written with kana (何をしてくれる).</summary>
    internal bool HasPhraseIn(int doc, string foldedQuestion) =>
        phrasesByDoc[doc].Any(p => foldedQuestion.Contains(p, StringComparison.Ordinal));

    // A keyword with kana endings is a phrase of residents' (行かなくていい, 何をしてくれる): the analyzer's bigrams
    // and the coverage units never see it whole, so a question repeating it would otherwise look no closer to the
    // entry. One kana is only a particle between nouns (対馬市のデジタル化), which the units already match.
    private static bool IsResidentsPhrase(string keyword) =>
        keyword.Length >= MinPhraseLength && keyword.Count(c => c is >= '\u3041' and <= '\u309F') >= MinPhraseKana;

    /// <summary>The units of the city's own names, which say nothing about what is asked.</summary>
    internal IReadOnlySet<string>? CityNameUnits(string? cityId) =>
        cityId is null ? null : cityNameUnits.GetValueOrDefault(KnowledgeFields.CityValue(cityId));

    /// <summary>Folds a text the way questions are folded, synonyms included.</summary>
    internal (string Text, CharKind[] Kinds) Fold(string text) => Fold(Analyzer, text);

    private static (string Text, CharKind[] Kinds) Fold(JapaneseAnalyzer analyzer, string text)
    {
        var folded = TextFolding.Fold(text);
        return analyzer.Synonyms.Apply(folded.Text, folded.Kinds);
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

    /// <summary>
    /// Builds a generation, in memory and, with a <paramref name="folder"/>, on disk (one sub-folder a part). A city
    /// whose entries and analysis are those of a part of <paramref name="previous"/> takes that part over as it is:
    /// same documents in the same order, so its answers are a full rebuild's; the others are analysed.
    /// </summary>
    internal static KnowledgeIndex Build(
        KnowledgeBase knowledge,
        string? folder,
        long generation,
        Action? onClosed,
        KnowledgeIndex? previous,
        MeCabTagger? morphology,
        CancellationToken cancellationToken,
        ReindexPhases? phases = null,
        IndexPlan? plan = null,
        IReadOnlyList<string>? entryFiles = null,
        int analysisThreads = 1)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        var analyzer = CreateAnalyzer(knowledge);
        var parts = new List<IndexPart>();
        try
        {
            var analysis = AnalysisOf(knowledge, morphology);
            var reusable = previous is not null && previous.AnalysisFingerprint == analysis ? previous : null;
            plan ??= Plan(knowledge, previous, cancellationToken);
            phases?.End("analysis fingerprint");
            var rebuilt = new List<string>();
            var analysed = 0;
            var slots = new IndexPart?[plan.Parts.Count];
            var toBuild = new List<int>();
            var analysedIn = new int[plan.Parts.Count];
            try
            {
                for (var i = 0; i < plan.Parts.Count; i++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var (city, _, _, fingerprint) = plan.Parts[i];
                    if (reusable?.parts.FirstOrDefault(p => p.City == city && p.Fingerprint == fingerprint) is { } same && same.TryAcquire())
                    {
                        slots[i] = same;
                        continue;
                    }

                    toBuild.Add(i);
                    if (!rebuilt.Contains(city))
                    {
                        rebuilt.Add(city);
                    }
                }

                // The analysis reads most of MeCab's dictionary: read ahead, not page by page as the questions after a
                // release do (MappedFilePages).
                if (toBuild.Count > 0)
                {
                    morphology?.PrepareDictionaryForAnalysis();
                }

                // Parts are independent (their own writer and directory; the analyzer and MeCab serve any thread), so they
                // can be analysed side by side; each lands in its own slot, so the order, and every document number and
                // score, is the one-thread build's.
                Parallel.ForEach(
                    toBuild,
                    new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, analysisThreads), CancellationToken = cancellationToken },
                    i =>
                    {
                        var (city, entries, _, fingerprint) = plan.Parts[i];
                        slots[i] = BuildPart(analyzer, city, fingerprint, entries, reusable, morphology, cancellationToken, out analysedIn[i]);
                    });
            }
            catch (AggregateException e)
            {
                // The first failure, as a one-thread build would have thrown it (parts failing side by side fail alike).
                ReleaseParts([.. slots.OfType<IndexPart>()]);
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw();
            }
            catch
            {
                ReleaseParts([.. slots.OfType<IndexPart>()]);
                throw;
            }

            parts.AddRange(slots.Select(p => p!));
            analysed = analysedIn.Sum();
            phases?.End("analysis");
            if (folder is not null)
            {
                WriteParts(parts, folder, previous);
                phases?.End("parts written");
            }

            var index = new KnowledgeIndex(knowledge, generation, folder, analyzer, analysis, [.. parts], plan.Warnings, rebuilt, onClosed, morphology) { Analysed = analysed, EntryFiles = entryFiles };
            parts.Clear();
            phases?.End("generation assembled");
            return index;
        }
        catch
        {
            ReleaseParts(parts);
            analyzer.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Divides the knowledge into the parts a build makes of it, each with its fingerprint (taken over from
    /// <paramref name="previous"/> for a part whose entries are the same).
    /// </summary>
    internal static IndexPlan Plan(KnowledgeBase knowledge, KnowledgeIndex? previous, CancellationToken cancellationToken)
    {
        var warnings = new List<KnowledgeError>();
        var loose = new List<KnowledgeEntry?>();
        var loosePositions = new List<int>();

        // Which of two entries with one id is indexed is decided in the knowledge's order, as the entries are
        // resolved by id (ResolveDocuments); only then are they grouped by city.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var indexed = new List<(KnowledgeEntry Entry, int Position)>();
        for (var position = 0; position < knowledge.Entries.Count; position++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = knowledge.Entries[position];
            if (entry is null || string.IsNullOrEmpty(entry.Id))
            {
                warnings.Add(new KnowledgeError(entry?.File ?? "(index)", entry?.Line ?? 0, "entry without an id: not indexed"));
                loose.Add(entry);
                loosePositions.Add(position);
                continue;
            }

            if (!seen.Add(entry.Id))
            {
                warnings.Add(new KnowledgeError(entry.File ?? "(index)", entry.Line, $"duplicate entry id '{entry.Id}': only the first is indexed"));
                loose.Add(entry);
                loosePositions.Add(position);
                continue;
            }

            indexed.Add((entry, position));
        }

        // One part, so at least one segment, per city and one for the national entries: a search for a city then
        // reads only its own and the national segments, where a filter over the whole index made Lucene leapfrog
        // the query and the filter. Term statistics stay the whole index's, so no score changes.
        var planned = new List<PlannedPart>();
        foreach (var city in indexed.GroupBy(e => KnowledgeFields.CityValue(e.Entry.CityId)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            foreach (var part in Split(city.ToList()))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entries = part.Select(e => e.Entry).ToList();
                planned.Add(new PlannedPart(city.Key, entries, [.. part.Select(e => e.Position)], previous?.FingerprintOfSame(city.Key, entries) ?? KnowledgeFingerprint.OfEntries(entries)));
            }
        }

        return new IndexPlan(planned, loose, [.. loosePositions], warnings);
    }

    /// <summary>
    /// A city's entries as one part, or, for a city of more than <see cref="PartEntries"/> entries, as parts by file
    /// (a stable hash of the file's name picks the part): an edit to one file of a large city then analyses a few
    /// thousand entries, not the whole city. The same split whether the build is full or incremental, so documents are
    /// numbered alike either way; the bundled cities (a few hundred entries each) stay one part.
    /// </summary>
    private static IEnumerable<List<(KnowledgeEntry Entry, int Position)>> Split(List<(KnowledgeEntry Entry, int Position)> city)
    {
        var count = city.Count <= PartEntries ? 1 : (city.Count + PartEntries - 1) / PartEntries;
        return count <= 1
            ? [city]
            : city.GroupBy(e => FileHash(e.Entry.File) % (uint)count).OrderBy(g => g.Key).Select(g => g.ToList());
    }

    // FNV-1a: string.GetHashCode differs from one process to the next, and parts must be the same after a restart.
    private static uint FileHash(string? file)
    {
        var hash = 2166136261u;
        foreach (var c in file ?? string.Empty)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    // The one place a generation's analyzer is made (builds and restores must analyse alike).
    private static JapaneseAnalyzer CreateAnalyzer(KnowledgeBase knowledge) => new(knowledge.Synonyms);

    /// <param name="analysed">How many of the entries were analysed (the others' documents were merged over).</param>
    private static IndexPart BuildPart(
        JapaneseAnalyzer analyzer,
        string city,
        string fingerprint,
        List<KnowledgeEntry> entries,
        KnowledgeIndex? previous,
        MeCabTagger? morphology,
        CancellationToken cancellationToken,
        out int analysed)
    {
        analysed = entries.Count;
        var readings = morphology is null ? null : new string[entries.Count];

        // An entry object of the generation before (a file the loader did not parse again: most of a rebuilt part)
        // keeps what was derived from it there; only its Lucene document is analysed again.
        var same = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            same[i] = previous is not null && previous.docsById.TryGetValue(entries[i].Id, out var doc) && ReferenceEquals(previous.entriesByDoc[doc], entries[i]) ? doc : -1;
        }

        var directory = new RAMDirectory();
        try
        {
            void Add(IndexWriter writer, int i)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var document = ToDocument(entries[i]);
                if (readings is not null)
                {
                    readings[i] = same[i] >= 0 && previous!.readingsByDoc is { } earlierReadings ? earlierReadings[same[i]] : ReadingOf(morphology!, entries[i]);
                    document.Add(new TextField(KnowledgeFields.Reading, readings[i], Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            using (var writer = new IndexWriter(directory, WriterConfig(analyzer)))
            {
                if (previous is not null && RunsOf(previous, same) is { } runs)
                {
                    // Most of the part is entries of the generation before (an edit to one file of a large city): their
                    // documents are merged over from its parts as they are, and only the others are analysed.
                    using var analysedDirectory = new RAMDirectory();
                    using (var analysing = new IndexWriter(analysedDirectory, WriterConfig(analyzer)))
                    {
                        for (var i = 0; i < entries.Count; i++)
                        {
                            if (same[i] < 0)
                            {
                                Add(analysing, i);
                            }
                            else if (readings is not null)
                            {
                                readings[i] = previous.readingsByDoc?[same[i]] ?? ReadingOf(morphology!, entries[i]);
                            }
                        }

                        analysing.Commit();
                    }

                    using var analysedReader = DirectoryReader.Open(analysedDirectory);
                    writer.AddIndexes([.. runs.SelectMany(r => DocRangeReader.Over(r.Part?.Reader ?? analysedReader, r.From, r.Count))]);
                    analysed = analysedReader.MaxDoc;
                }
                else
                {
                    for (var i = 0; i < entries.Count; i++)
                    {
                        Add(writer, i);
                    }
                }

                writer.Commit();
            }

            // Entries of the city that did not change keep their folded text (same input, same synonyms): folding is
            // as costly as indexing, and one edited file leaves most of a city as it was.
            // The same entry object is taken over; only the others are looked up by their text, which is built for
            // the city's earlier entries once one is needed.
            Dictionary<string, string>? earlier = null;
            string TextOf(KnowledgeEntry entry, int i)
            {
                if (previous is null)
                {
                    return FoldForCoverage(analyzer, entry);
                }

                if (same[i] >= 0)
                {
                    return previous.textsByDoc[same[i]];
                }

                if (earlier is null)
                {
                    earlier = new Dictionary<string, string>(StringComparer.Ordinal);
                    foreach (var before in previous.parts.Where(p => p.City == city))
                    {
                        var first = previous.FirstDocOf(before);
                        for (var doc = 0; doc < before.Ids.Length; doc++)
                        {
                            earlier.TryAdd(CoverageInput(previous.entriesByDoc[first + doc]), before.Texts[doc]);
                        }
                    }
                }

                return earlier.TryGetValue(CoverageInput(entry), out var text) ? text : FoldForCoverage(analyzer, entry);
            }

            var texts = entries.Select(TextOf).ToArray();
            var earlierTitles = previous is null ? null : same.Select(d => d >= 0 ? previous.titlesByDoc[d] : null).ToArray();
            var earlierPhrases = previous is null ? null : same.Select(d => d >= 0 ? previous.phrasesByDoc[d] : null).ToArray();
            var part = NewPart(analyzer, directory, city, fingerprint, [.. entries.Select(e => e.Id)], texts, entries, readings, eager: true, earlierTitles, earlierPhrases);
            if (previous is not null)
            {
                CountFromReplaced(part, previous, same, texts);
            }

            return part;
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// When the part's documents taken over all come from one part of <paramref name="previous"/> and only a few texts
    /// differ from it (an edit to one file), the new part counts coverage units from that part's counts
    /// (<see cref="IndexPart.CountFrom"/>).
    /// </summary>
    private static void CountFromReplaced(IndexPart part, KnowledgeIndex previous, int[] same, string[] texts)
    {
        IndexPart? replaced = null;
        var first = 0;
        var kept = Array.Empty<bool>();
        var added = new List<string>();
        for (var i = 0; i < same.Length; i++)
        {
            if (same[i] < 0)
            {
                added.Add(texts[i]);
                continue;
            }

            if (replaced is null)
            {
                var start = 0;
                foreach (var candidate in previous.parts)
                {
                    if (same[i] >= start && same[i] < start + candidate.Ids.Length)
                    {
                        (replaced, first, kept) = (candidate, start, new bool[candidate.Ids.Length]);
                        break;
                    }

                    start += candidate.Ids.Length;
                }
            }

            if (replaced is null || same[i] < first || same[i] >= first + kept.Length)
            {
                return;
            }

            kept[same[i] - first] = true;
        }

        if (replaced is null)
        {
            return;
        }

        var removed = new List<string>();
        for (var doc = 0; doc < kept.Length; doc++)
        {
            if (!kept[doc])
            {
                removed.Add(replaced.Texts[doc]);
            }
        }

        // Counting the changed texts must be cheaper than counting all of them.
        if ((removed.Count + added.Count) * 2 <= texts.Length)
        {
            part.CountFrom(replaced, [.. removed], [.. added]);
        }
    }

    private static IndexWriterConfig WriterConfig(JapaneseAnalyzer analyzer) => new(JapaneseAnalyzer.Version, analyzer)
    {
        OpenMode = OpenMode.CREATE,
        Similarity = Similarity,

        // Plain files, no compound file: a compound file's slices are buffered inputs, and each query term's
        // scorer cloned one and filled a new 1 KB buffer (a seventh of what a search allocated).
        UseCompoundFile = false,
        MergePolicy = NoMergePolicy.NO_COMPOUND_FILES,
    };

    /// <summary>
    /// The new part's documents as runs, in order: documents taken over from a part of the generation before
    /// (<see cref="DocRun.Part"/>, its documents From..From+Count) or analysed now (Part null, the analysed documents
    /// From..From+Count). Null when analysing all is as cheap: fewer than half taken over, or too many runs to merge.
    /// </summary>
    private static List<DocRun>? RunsOf(KnowledgeIndex previous, int[] same)
    {
        var runs = new List<DocRun>();
        var analysed = 0;
        var partEnds = new List<(IndexPart Part, int First, int End)>();
        var first = 0;
        foreach (var part in previous.parts)
        {
            partEnds.Add((part, first, first + part.Ids.Length));
            first += part.Ids.Length;
        }

        for (var i = 0; i < same.Length; i++)
        {
            if (same[i] < 0)
            {
                if (runs.Count > 0 && runs[^1] is { Part: null } open)
                {
                    runs[^1] = open with { Count = open.Count + 1 };
                }
                else
                {
                    runs.Add(new DocRun(null, analysed, 1));
                }

                analysed++;
                continue;
            }

            var (owner, start, _) = partEnds.First(p => same[i] >= p.First && same[i] < p.End);
            var local = same[i] - start;
            if (runs.Count > 0 && runs[^1] is { Part: { } part } run && ReferenceEquals(part, owner) && run.From + run.Count == local)
            {
                runs[^1] = run with { Count = run.Count + 1 };
            }
            else
            {
                runs.Add(new DocRun(owner, local, 1));
            }
        }

        return analysed * 2 <= same.Length && runs.Count <= MaxMergedRuns ? runs : null;
    }

    private static IndexPart NewPart(
        JapaneseAnalyzer analyzer,
        RAMDirectory directory,
        string? city,
        string? fingerprint,
        string[] ids,
        string[] texts,
        List<KnowledgeEntry> entries,
        string[]? readings,
        bool eager,
        string?[]? earlierTitles = null,
        string[]?[]? earlierPhrases = null)
    {
        var titles = entries.Select((e, i) => earlierTitles?[i] ?? Fold(analyzer, e.Title ?? string.Empty).Text).ToArray();
        var katakana = new Lazy<IReadOnlySet<string>>(() => CollectKatakanaWords(entries.Select(e => $"{e.Title}\n{e.Body}\n{string.Join('\n', e.Keywords)}")));
        if (eager)
        {
            // During the build, off the turns' path: lazily, the first question after a reindex paid for it.
            _ = katakana.Value;
        }

        var phrases = entries.Select((e, i) => earlierPhrases?[i] ?? e.Keywords.Where(IsResidentsPhrase).Select(k => Fold(analyzer, k).Text).ToArray()).ToArray();
        return new IndexPart(directory, city, fingerprint, ids, texts, titles, katakana) { Readings = readings, Phrases = phrases };
    }

    /// <summary>
    /// The fingerprint of this generation's part of the city whose entries are these, in this order (the same
    /// objects, as the loader hands over the entries of files it did not parse again, or the same fields); null when
    /// none is. Hashing every entry of every part again was a fixed cost of each reindex (half a second under load at 100×).
    /// </summary>
    private string? FingerprintOfSame(string city, List<KnowledgeEntry> entries)
    {
        var first = 0;
        foreach (var part in parts)
        {
            if (part.City == city && part.Fingerprint is { } fingerprint && part.Ids.Length == entries.Count && SameObjects(first))
            {
                return fingerprint;
            }

            first += part.Ids.Length;
        }

        return null;

        bool SameObjects(int from)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (!KnowledgeFingerprint.SameEntryFields(entriesByDoc[from + i], entries[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The part of this generation (its number) whose stored entries file holds exactly these entries of the city, all
    /// fields alike, with that file's hash; null when none does.
    /// </summary>
    internal (int Part, string Hash)? StoredEntriesOf(string city, List<KnowledgeEntry> entries)
    {
        if (EntryFiles is null || EntryFiles.Count != parts.Length)
        {
            return null;
        }

        var first = 0;
        for (var part = 0; part < parts.Length; part++)
        {
            var length = parts[part].Ids.Length;
            if (parts[part].City == city && length == entries.Count && Same(first))
            {
                return (part, EntryFiles[part]);
            }

            first += length;
        }

        return null;

        bool Same(int from)
        {
            for (var i = 0; i < entries.Count; i++)
            {
                if (!PersistedKnowledgeWriter.SameEntry(entriesByDoc[from + i], entries[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private int FirstDocOf(IndexPart part)
    {
        var first = 0;
        foreach (var p in parts)
        {
            if (ReferenceEquals(p, part))
            {
                return first;
            }

            first += p.Ids.Length;
        }

        throw new ArgumentException("Not a part of this generation.", nameof(part));
    }

    /// <summary>
    /// Writes each part to its sub-folder: a part taken over from the previous generation is hard-linked from that
    /// generation's folder (its files are already on disk and never change), the others are written from memory, where
    /// they were built (per-city commits straight to disk would each fsync their files; bench/startup).
    /// </summary>
    private static void WriteParts(IReadOnlyList<IndexPart> parts, string folder, KnowledgeIndex? previous)
    {
        System.IO.Directory.CreateDirectory(folder);
        for (var i = 0; i < parts.Count; i++)
        {
            var partFolder = System.IO.Path.Combine(folder, PartFolderName(i));
            System.IO.Directory.CreateDirectory(partFolder);
            if (previous?.Path is { } earlier
                && Array.IndexOf(previous.parts, parts[i]) is var before and >= 0
                && HardLink.TryLinkFiles(System.IO.Path.Combine(earlier, PartFolderName(before)), partFolder))
            {
                continue;
            }

            using var target = FSDirectory.Open(partFolder);
            CopyToFolder(parts[i].Directory, target);
        }
    }

    private static string PartFolderName(int part) => PartFolderPrefix + part.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

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

    // With readings or without, the same knowledge is analysed differently: a part of one is no part of the other.
    private static string AnalysisOf(KnowledgeBase knowledge, MeCabTagger? morphology) =>
        KnowledgeFingerprint.OfAnalysis(knowledge) + (morphology is null ? string.Empty : ".readings");

    private static bool HasReadingField(Directory directory)
    {
        using var reader = DirectoryReader.Open(directory);
        return reader.Leaves.Any(l => l.AtomicReader.FieldInfos.FieldInfo(KnowledgeFields.Reading) is not null);
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

    private static Dictionary<string, KnowledgeEntry> EntriesById(KnowledgeBase knowledge)
    {
        var byId = new Dictionary<string, KnowledgeEntry>(StringComparer.Ordinal);
        foreach (var entry in knowledge.Entries)
        {
            if (entry?.Id is not null)
            {
                byId.TryAdd(entry.Id, entry);
            }
        }

        return byId;
    }

    // The reader never changes, so doc → entry is resolved once instead of loading stored fields per hit; a reused
    // part's documents resolve to this knowledge's entries, which have the same content.
    private static KnowledgeEntry[] ResolveDocuments(KnowledgeBase knowledge, IndexPart[] parts)
    {
        var byId = EntriesById(knowledge);
        return [.. parts.SelectMany(p => p.Ids).Select(id => byId[id])];
    }

    // A city's plan is the context of its entries: 「半田市のDX計画はいつまで？」 asks the period entry of 半田市DX推進計画
    // even though that entry never repeats 「DX」, so the plan's name counts as covered by each of them. National
    // guides are not about a plan, and their source's name (デジタル庁…) would match unrelated questions.
    internal string FoldForCoverage(KnowledgeEntry entry) => FoldForCoverage(Analyzer, entry);

    private static string FoldForCoverage(JapaneseAnalyzer analyzer, KnowledgeEntry entry) => Fold(analyzer, CoverageInput(entry)).Text;

    private static string CoverageInput(KnowledgeEntry entry) =>
        string.Join('\n', [entry.Title ?? string.Empty, entry.Body ?? string.Empty, .. entry.Keywords ?? [], entry.CityId is null ? string.Empty : entry.Source?.Document ?? string.Empty]);

    // How a city's staff name their own city (「本市のテレワークは…」): the city asked about, as its name is, so an entry
    // need not write it, and a question's 「本市の」 is not a subject no entry has.
    private static readonly string[] OwnCityWords = ["本市", "当市"];

    private IReadOnlySet<string> NameUnits(CityProfile city)
    {
        var units = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in (IEnumerable<string?>)[city.Name, .. city.Aliases ?? [], .. OwnCityWords])
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
