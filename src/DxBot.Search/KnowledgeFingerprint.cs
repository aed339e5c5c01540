using System.Security.Cryptography;
using System.Text.Json;
using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// Identifies what a generation was built from: the loaded knowledge (its stored form, so any change to any file that
/// reaches the knowledge changes it: <see cref="PersistedKnowledgeWriter"/>) and the program that loaded and indexed
/// it (a new build of the analyzer or the loader must rebuild even unchanged files).
/// </summary>
internal static class KnowledgeFingerprint
{
    public static readonly string Program =
        $"{typeof(KnowledgeIndex).Assembly.ManifestModule.ModuleVersionId:N}.{typeof(KnowledgeBase).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>
    /// What every index part's analysis depends on beside its own entries: the program and the shared word lists.
    /// A synonym changes the terms of every city's entries, so when this differs no part of the previous generation
    /// is reused. Readings are included although only questions use them today: a shared list that one day reaches
    /// the analyzer must not leave stale cities behind.
    /// </summary>
    public static string OfAnalysis(KnowledgeBase knowledge)
    {
        if (Volatile.Read(ref lastAnalysis) is { } last && SameGroups(last.Synonyms, knowledge.Synonyms) && SameGroups(last.Readings, knowledge.Readings))
        {
            return last.Fingerprint;
        }

        using var hashing = new HashingStream();
        JsonSerializer.Serialize(hashing, new { knowledge.Synonyms, knowledge.Readings });
        var fingerprint = $"{Program}.{Convert.ToHexStringLower(hashing.Hash())}";
        Volatile.Write(ref lastAnalysis, new AnalysedLists([.. knowledge.Synonyms], [.. knowledge.Readings], fingerprint));
        return fingerprint;
    }

    // The word lists last hashed, group by group, and their fingerprint. A loader that did not read the synonyms and
    // readings files again hands over the same group objects (never changed after a load), and serializing the 100×
    // knowledge's 376 KB of readings to hash them was 10–60 ms of every reindex under load (docs/benchmarks.md).
    private static AnalysedLists? lastAnalysis;

    private static bool SameGroups(IReadOnlyList<IReadOnlyList<string>> before, IReadOnlyList<IReadOnlyList<string>> now)
    {
        if (before.Count != now.Count)
        {
            return false;
        }

        for (var i = 0; i < now.Count; i++)
        {
            if (!ReferenceEquals(before[i], now[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// What one index part was built from: every field of its entries that reaches the index or the texts folded for
    /// coverage (KnowledgeIndex.ToDocument and FoldForCoverage: keep the three in step), in order, so a part with the
    /// same fingerprint and analysis is the part a rebuild would write, document for document.
    /// </summary>
    public static string OfEntries(IEnumerable<KnowledgeEntry> entries)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var length = new byte[4];
        byte[] buffer = [];
        void Add(string? value)
        {
            // Length-prefixed (-1 for null), so no two different field lists give the same bytes.
            var text = value ?? string.Empty;
            var size = value is null ? -1 : System.Text.Encoding.UTF8.GetByteCount(text);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, size);
            hash.AppendData(length);
            if (size > 0)
            {
                if (buffer.Length < size)
                {
                    buffer = new byte[Math.Max(size, buffer.Length * 2)];
                }

                var written = System.Text.Encoding.UTF8.GetBytes(text, buffer);
                hash.AppendData(buffer, 0, written);
            }
        }

        foreach (var entry in entries)
        {
            Add(entry.Id);
            Add(entry.CityId);
            Add(entry.Topic);
            Add(entry.Audience);
            Add(entry.Title);
            Add(entry.Body);
            Add(entry.Category);
            Add(entry.Source?.Document);
            Add((entry.Keywords?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var keyword in entry.Keywords ?? [])
            {
                Add(keyword);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Whether two entries give the same bytes to <see cref="OfEntries"/> (the same fields, compared as strings): a
    /// part whose entries all compare so has the fingerprint it had, without hashing them again.
    /// </summary>
    public static bool SameEntryFields(KnowledgeEntry one, KnowledgeEntry other) =>
        ReferenceEquals(one, other)
        || (one.Id == other.Id
            && one.CityId == other.CityId
            && one.Topic == other.Topic
            && one.Audience == other.Audience
            && one.Title == other.Title
            && one.Body == other.Body
            && one.Category == other.Category
            && one.Source?.Document == other.Source?.Document
            && (one.Keywords ?? []).SequenceEqual(other.Keywords ?? [], StringComparer.Ordinal));

    /// <summary>A stream that hashes what is written to it, and passes it on to <c>copy</c> when there is one.</summary>
    internal sealed class HashingStream(Stream? copy = null) : Stream
    {
        private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public byte[] Hash() => _hash.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            _hash.AppendData(buffer);
            copy?.Write(buffer);
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
