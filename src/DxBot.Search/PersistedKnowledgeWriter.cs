using System.Security.Cryptography;
using System.Text.Json;
using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// Writes a generation's <see cref="PersistedKnowledge"/> in two steps around the build: first each index part's
/// entries to a file of its own, hashed on the way, and the knowledge's fingerprint from those hashes; then, once the
/// index is built, <c>knowledge.json</c> with the rest of the knowledge, the order of the entries, and when and from
/// what it was built. A part whose entries are those of a part of the generation before (every field alike) takes that
/// part's file over by a hard link, unread and unhashed: a one-city reindex at 100× wrote and hashed the whole 50 MB
/// knowledge, a second of its time under load. <c>knowledge.json</c> is written under a temporary name and renamed into
/// place only when whole, after the entries files: a generation without it is never served. Without a folder nothing
/// is written and only the fingerprint is computed, the same way.
/// </summary>
internal sealed class PersistedKnowledgeWriter
{
    private readonly string? _folder;
    private readonly KnowledgeBase _rest;
    private readonly IReadOnlyList<int[]> _order;

    private PersistedKnowledgeWriter(string? folder, KnowledgeBase rest, IReadOnlyList<int[]> order, IReadOnlyList<string> entryFiles, string fingerprint)
    {
        _folder = folder;
        _rest = rest;
        _order = order;
        EntryFiles = entryFiles;
        Fingerprint = fingerprint;
    }

    /// <summary>The knowledge's fingerprint: the program, the knowledge without its entries, each part's entries file's hash and the entries' order.</summary>
    public string Fingerprint { get; }

    /// <summary>Each part's entries file's hash, in part order (<see cref="PersistedKnowledge.EntryFiles"/>).</summary>
    public IReadOnlyList<string> EntryFiles { get; }

    /// <summary>
    /// Writes (or, without a folder, only hashes) the entries of the plan's parts, taking over the files of
    /// <paramref name="previous"/> where the entries are the same.
    /// </summary>
    public static PersistedKnowledgeWriter Begin(string? folder, KnowledgeBase knowledge, IndexPlan plan, KnowledgeIndex? previous)
    {
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        var hashes = new string[plan.Parts.Count];
        for (var part = 0; part < plan.Parts.Count; part++)
        {
            var (city, entries, _, _) = plan.Parts[part];
            var target = folder is null ? null : Path.Combine(folder, PersistedKnowledge.EntriesFileName(part));
            if (previous?.StoredEntriesOf(city, entries) is { } stored
                && (target is null || (previous.Path is { } earlier && HardLink.TryLink(Path.Combine(earlier, PersistedKnowledge.EntriesFileName(stored.Part)), target))))
            {
                hashes[part] = stored.Hash;
                continue;
            }

            hashes[part] = WriteHashed(target, entries);
        }

        var rest = knowledge with { Entries = plan.Loose! };
        var order = Order(knowledge.Entries.Count, plan);
        // Hashed as it is serialized, in the serializer's small chunks: the whole JSON (about 1 MB of the bundled
        // knowledge's profiles and catalogs) held at once took 5 MB of the large-object heap a reindex (the buffer
        // doubled up to 2 MB, then copied out), which the GC kept committed after it (docs/benchmarks.md). The bytes
        // hashed are the same, so is the fingerprint.
        using var fingerprint = new KnowledgeFingerprint.HashingStream();
        JsonSerializer.Serialize(fingerprint, rest);
        foreach (var hash in hashes)
        {
            fingerprint.Write(Convert.FromHexString(hash));
        }

        JsonSerializer.Serialize(fingerprint, order);
        return new PersistedKnowledgeWriter(folder, rest, order, hashes, $"{KnowledgeFingerprint.Program}.{Convert.ToHexStringLower(fingerprint.Hash())}");
    }

    /// <summary>
    /// Whether two entries are stored alike: the same object, or every field equal (the keywords compared item by
    /// item, as a record compares lists by reference).
    /// </summary>
    public static bool SameEntry(KnowledgeEntry? one, KnowledgeEntry? other) =>
        ReferenceEquals(one, other)
        || (one is not null && other is not null
            && one.Keywords.SequenceEqual(other.Keywords, StringComparer.Ordinal)
            && one.EnglishKeywords.SequenceEqual(other.EnglishKeywords, StringComparer.Ordinal)
            && (one with { Keywords = other.Keywords, EnglishKeywords = other.EnglishKeywords }).Equals(other));

    /// <summary>
    /// Puts the knowledge's entries together again from what <see cref="Begin"/> and <see cref="Complete"/> stored:
    /// each part's file read and checked against its hash. Throws <see cref="JsonException"/> when the files do not
    /// make up the list they describe (a generation that cannot be served).
    /// </summary>
    public static KnowledgeBase Read(string folder, PersistedKnowledge persisted)
    {
        if (persisted.EntryFiles is not { } hashes)
        {
            return persisted.Knowledge;
        }

        var parts = new List<KnowledgeEntry>[hashes.Count];
        for (var part = 0; part < hashes.Count; part++)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, PersistedKnowledge.EntriesFileName(part)));
            if (!Convert.ToHexStringLower(SHA256.HashData(bytes)).Equals(hashes[part], StringComparison.Ordinal))
            {
                throw new JsonException($"{PersistedKnowledge.EntriesFileName(part)} is not the file the generation stored.");
            }

            parts[part] = JsonSerializer.Deserialize<List<KnowledgeEntry>>(bytes) ?? throw new JsonException("An entries file holds no list.");
        }

        var loose = persisted.Knowledge.Entries;
        var entries = new List<KnowledgeEntry>();
        foreach (var run in persisted.Order ?? throw new JsonException("The entries' order is missing."))
        {
            if (run is not [var part, var first, var count] || part < -1 || part >= parts.Length || first < 0 || count < 0)
            {
                throw new JsonException("The entries' order is not valid.");
            }

            IReadOnlyList<KnowledgeEntry> from = part < 0 ? loose : parts[part];
            if (first + count > from.Count)
            {
                throw new JsonException("The entries' order names entries the files do not have.");
            }

            for (var i = first; i < first + count; i++)
            {
                entries.Add(from[i]);
            }
        }

        return persisted.Knowledge with { Entries = entries };
    }

    /// <summary>Writes <c>knowledge.json</c> with the build's time and fingerprint and puts it in place (nothing without a folder).</summary>
    public void Complete(DateTimeOffset builtAt, string fingerprint)
    {
        if (_folder is null)
        {
            return;
        }

        var file = Path.Combine(_folder, PersistedKnowledge.FileName);
        var temporary = file + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024))
        {
            JsonSerializer.Serialize(stream, new PersistedKnowledge(builtAt, _rest) { Fingerprint = fingerprint, EntryFiles = EntryFiles, Order = _order });
        }

        File.Move(temporary, file, overwrite: true);
    }

    // Hashed as it is serialized and written, never held whole.
    private static string WriteHashed(string? target, List<KnowledgeEntry> entries)
    {
        using var file = target is null ? null : new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 64 * 1024);
        using var hashing = new KnowledgeFingerprint.HashingStream(file);
        JsonSerializer.Serialize(hashing, entries);
        return Convert.ToHexStringLower(hashing.Hash());
    }

    // Runs of consecutive entries of one part (or of the loose ones): about one a file, not one an entry.
    internal static List<int[]> Order(int count, IndexPlan plan)
    {
        var part = new int[count];
        var index = new int[count];
        for (var p = 0; p < plan.Parts.Count; p++)
        {
            var positions = plan.Parts[p].Positions;
            for (var i = 0; i < positions.Length; i++)
            {
                (part[positions[i]], index[positions[i]]) = (p, i);
            }
        }

        for (var i = 0; i < plan.LoosePositions.Length; i++)
        {
            (part[plan.LoosePositions[i]], index[plan.LoosePositions[i]]) = (-1, i);
        }

        var runs = new List<int[]>();
        for (var position = 0; position < count; position++)
        {
            if (runs.Count > 0 && runs[^1][0] == part[position] && runs[^1][1] + runs[^1][2] == index[position])
            {
                runs[^1][2]++;
            }
            else
            {
                runs.Add([part[position], index[position], 1]);
            }
        }

        return runs;
    }
}
