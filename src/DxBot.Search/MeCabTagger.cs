using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;

namespace DxBot.Search;

/// <summary>
/// MeCab (libmecab, IPAdic) through P/Invoke: splits Japanese text into words with their base form and reading.
/// Thread-safe: the model (dictionary) is shared, and each parse takes a tagger and lattice of its own from a pool, since
/// a lattice holds one parse's state. Disposing while parses are in flight is safe; the model goes when the last ends.
/// </summary>
public sealed class MeCabTagger : IDisposable
{
    // Debian's IPAdic in UTF-8 (package mecab-ipadic-utf8); `debian` is the alternatives link, which may name another
    // dictionary, so it is only taken if it passes the same check.
    private static readonly string[] DefaultDictionaries = ["/var/lib/mecab/dic/ipadic-utf8", "/var/lib/mecab/dic/debian", "/usr/share/mecab/dic/ipadic"];

    // A word IPAdic reads in a known way: a dictionary whose features are laid out otherwise (JUMAN, UniDic) would put
    // something else where the reading is expected.
    private const string ProbeText = "手続き";
    private const string ProbeReading = "テツヅキ";

    // Idle workers kept for reuse; more parses at once make more, which are destroyed when given back.
    private static readonly int MaxIdleWorkers = Math.Max(4, Environment.ProcessorCount * 2);

    private readonly MeCabNative native;
    private readonly MeCabModelHandle model;

    private MeCabTagger(MeCabNative native, MeCabModelHandle model, string dictionary)
    {
        this.native = native;
        this.model = model;
        Dictionary = dictionary;
    }

    /// <summary>The dictionary folder in use.</summary>
    public string Dictionary { get; }

    /// <summary>
    /// A tagger for the options, or null with the reason (library or dictionary missing, or morphology turned off):
    /// the caller then searches with bigrams only.
    /// </summary>
    public static MeCabTagger? TryCreate(MorphologyOptions options, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            problem = "turned off (Search:Morphology:Enabled is false)";
            return null;
        }

        if (MeCabNative.TryLoad(options.LibraryPath, out problem) is not { } native)
        {
            return null;
        }

        var candidates = string.IsNullOrWhiteSpace(options.DictionaryPath) ? DefaultDictionaries : [options.DictionaryPath];
        var tried = new List<string>();
        foreach (var dictionary in candidates.Where(d => File.Exists(Path.Combine(d, "sys.dic")) && File.Exists(Path.Combine(d, "dicrc"))))
        {
            // The dictionary's dicrc doubles as the resource file: a machine may have no /etc/mecabrc.
            var handle = native.NewModel(["mecab", "-d", dictionary, "-r", Path.Combine(dictionary, "dicrc")]);
            if (handle == IntPtr.Zero)
            {
                tried.Add($"{dictionary} (MeCab: {Marshal.PtrToStringUTF8(native.StrError(IntPtr.Zero))})");
                continue;
            }

            var tagger = new MeCabTagger(native, new MeCabModelHandle(native, handle), dictionary);
            try
            {
                if (tagger.Parse(ProbeText) is [{ Reading: ProbeReading }])
                {
                    problem = null;
                    return tagger;
                }

                tried.Add($"{dictionary} (not an IPAdic in UTF-8)");
            }
            catch (InvalidOperationException e)
            {
                tried.Add($"{dictionary} ({e.Message})");
            }

            tagger.Dispose();
        }

        problem = tried.Count > 0
            ? $"no usable MeCab dictionary: {string.Join("; ", tried)}"
            : $"no MeCab dictionary at {string.Join(", ", candidates)} (Debian: apt-get install mecab-ipadic-utf8)";
        return null;
    }

    /// <summary>The words of a text in order; white space and line breaks separate words and are not returned.</summary>
    public IReadOnlyList<Morpheme> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var morphemes = new List<Morpheme>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return morphemes;
        }

        bool added = false;
        model.DangerousAddRef(ref added);
        var worker = (Tagger: IntPtr.Zero, Lattice: IntPtr.Zero);
        byte[]? buffer = null;
        try
        {
            worker = Take();

            // MeCab keeps a pointer to the sentence rather than a copy: it stays pinned until the output is read.
            // Tabs and line breaks would break the one-word-a-line output, and MeCab skips spaces anyway.
            var sentence = text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ').Replace('\0', ' ');
            buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(sentence.Length) + 1);
            int length = Encoding.UTF8.GetBytes(sentence, buffer);
            buffer[length] = 0;
            var pinned = GCHandle.Alloc(buffer, GCHandleType.Pinned);
            string output;
            try
            {
                native.LatticeSetSentence2(worker.Lattice, pinned.AddrOfPinnedObject(), (UIntPtr)length);
                if (native.ParseLattice(worker.Tagger, worker.Lattice) == 0)
                {
                    throw new InvalidOperationException($"MeCab could not parse a text: {Marshal.PtrToStringUTF8(native.StrError(worker.Tagger))}");
                }

                output = Marshal.PtrToStringUTF8(native.LatticeToStr(worker.Lattice)) ?? string.Empty;
            }
            finally
            {
                pinned.Free();
            }

            foreach (var line in output.AsSpan().EnumerateLines())
            {
                if (ToMorpheme(line) is { } morpheme)
                {
                    morphemes.Add(morpheme);
                }
            }

            return morphemes;
        }
        finally
        {
            if (buffer is not null)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }

            if (worker.Tagger != IntPtr.Zero)
            {
                GiveBack(worker);
            }

            if (added)
            {
                model.DangerousRelease();
            }
        }
    }

    /// <summary>
    /// Unmaps the dictionary's pages from the process (they stay in the page cache; see <see cref="MappedFilePages"/>):
    /// after an index build has read the dictionary for the whole knowledge, the questions map again only the part
    /// they read. Safe while parses run. Returns how many bytes of mappings were advised.
    /// </summary>
    public long ReleaseDictionaryPages() => MappedFilePages.Release(Dictionary);

    /// <summary>
    /// Unmaps the dictionary's pages from the process but keeps them in the page cache and read ahead
    /// (<see cref="MappedFilePages.Unmap"/>): for a build while residents are answered, whose next parses then map
    /// pages from memory instead of reading each from the disk. Returns how many bytes of mappings were advised.
    /// </summary>
    public long UnmapDictionaryPages() => MappedFilePages.Unmap(Dictionary);

    /// <summary>
    /// Before a build analyses entries: the dictionary read ahead again, as it was before the last
    /// <see cref="ReleaseDictionaryPages"/> asked for random access (see <see cref="MappedFilePages"/>).
    /// </summary>
    public long PrepareDictionaryForAnalysis() => MappedFilePages.PrepareForReading(Dictionary);

    public void Dispose() => model.Dispose();

    // "surface\tPOS,POS1,POS2,POS3,活用型,活用形,基本形,読み,発音"; words IPAdic does not know have the first seven only.
    private static Morpheme? ToMorpheme(ReadOnlySpan<char> line)
    {
        int tab = line.IndexOf('\t');
        if (tab <= 0)
        {
            return null;
        }

        var surface = line[..tab].ToString();
        var features = line[(tab + 1)..].ToString().Split(',');
        string baseForm = features.Length > 6 && features[6] != "*" ? features[6] : surface;
        string? reading = features.Length > 7 && features[7] != "*" ? features[7] : null;
        return new Morpheme(surface, features[0], features.Length > 1 ? features[1] : "*", baseForm, reading);
    }

    private (IntPtr Tagger, IntPtr Lattice) Take()
    {
        if (model.Idle.TryTake(out var worker))
        {
            return worker;
        }

        var handle = model.DangerousGetHandle();
        var tagger = native.ModelNewTagger(handle);
        var lattice = tagger == IntPtr.Zero ? IntPtr.Zero : native.ModelNewLattice(handle);
        if (lattice == IntPtr.Zero)
        {
            native.DestroyWorker((tagger, IntPtr.Zero));
            throw new InvalidOperationException("MeCab could not make a tagger from its model.");
        }

        return (tagger, lattice);
    }

    private void GiveBack((IntPtr Tagger, IntPtr Lattice) worker)
    {
        if (model.Idle.Count < MaxIdleWorkers)
        {
            model.Idle.Add(worker);
        }
        else
        {
            native.DestroyWorker(worker);
        }
    }
}
