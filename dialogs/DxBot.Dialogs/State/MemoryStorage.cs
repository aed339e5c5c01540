using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DxBot.Protocol.Storage;

namespace DxBot.Dialogs.State;

/// <summary>
/// In-process storage. Documents are kept serialized so a reader never shares mutable objects with a writer,
/// which is what a real store would give. Bounded twice, so memory cannot grow without limit: a document expires
/// <c>timeToLive</c> after its last write, and past <c>capacity</c> documents the oldest written are dropped (a
/// resident who comes back after either starts a fresh conversation).
/// <para>
/// One document is kept per resident who wrote in the last 30 days, tens of thousands under the load benchmark, and
/// they were most of the process's growth in memory over its run, so each is kept small: as UTF-8 with Japanese
/// unescaped (3 bytes a character, where the string of <c>ToJsonString</c> took 12 for its <c>\uXXXX</c>), its
/// property names as two-byte tokens (<see cref="JsonNameTokens"/>), its key as the key's SHA-256 in the dictionary's
/// node (the key's string, a record and its own node were about 250 bytes a document beside the document itself).
/// It reads back the same bytes.
/// </para>
/// </summary>
public sealed class MemoryStorage(int capacity = 100_000, TimeSpan? timeToLive = null, TimeProvider? timeProvider = null) : IUtf8DocumentStorage
{
    private readonly ConcurrentDictionary<Key, Entry> _items = new();
    private readonly ConcurrentQueue<Key> _writeOrder = new();
    private readonly JsonNameTokens _names = new();
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    // ConcurrentDictionary.Count takes every one of its locks: at every turn's write that stalled the other turns.
    private int _count;

    public Task<IReadOnlyDictionary<string, JsonObject>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (ReadUtf8(key) is { } json && JsonNode.Parse(json) is JsonObject document)
            {
                result[key] = document;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, JsonObject>>(result);
    }

    public Task WriteAsync(IReadOnlyDictionary<string, JsonObject> changes, CancellationToken cancellationToken)
    {
        foreach (var (key, document) in changes)
        {
            // Kept as it is copied out of the thread's buffer (WriteAsync never awaits).
            var writer = ThreadJsonBuffer.Start();
            try
            {
                document.WriteTo(writer);
                WriteUtf8(key, ThreadJsonBuffer.Written());
            }
            finally
            {
                ThreadJsonBuffer.Release();
            }
        }

        return Task.CompletedTask;
    }

    public byte[]? ReadUtf8(string key)
    {
        var hashed = Key.Of(key);
        if (!_items.TryGetValue(hashed, out var entry))
        {
            return null;
        }

        byte[]? json = null;
        var expired = false;
        lock (entry)
        {
            if (entry.Removed)
            {
                return null;
            }

            if (entry.ExpiresAt <= _time.GetUtcNow().UtcTicks)
            {
                expired = true;
            }
            else
            {
                // Copied out under the lock: a write of the same key reuses the entry's array.
                var compact = entry.Compact;
                json = new byte[_names.ExpandedLength(compact)];
                _names.Expand(compact, json);
            }
        }

        if (expired)
        {
            Remove(hashed, entry);
        }

        return json;
    }

    public void WriteUtf8(string key, ReadOnlySpan<byte> json)
    {
        var compact = ArrayPool<byte>.Shared.Rent(json.Length);
        try
        {
            var length = _names.Compact(json, compact);
            Keep(Key.Of(key), compact.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compact);
        }
    }

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            var hashed = Key.Of(key);
            if (_items.TryGetValue(hashed, out var entry))
            {
                Remove(hashed, entry);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The bytes a document is kept in (tests compare them).</summary>
    internal int SizeOf(string key)
    {
        if (!_items.TryGetValue(Key.Of(key), out var entry))
        {
            return 0;
        }

        lock (entry)
        {
            return entry.Removed ? 0 : entry.Length;
        }
    }

    private void Keep(Key hashed, ReadOnlySpan<byte> compact)
    {
        var expiresAt = timeToLive is { } ttl ? (_time.GetUtcNow() + ttl).UtcTicks : long.MaxValue;
        while (true)
        {
            if (_items.TryGetValue(hashed, out var entry))
            {
                lock (entry)
                {
                    // Written into the entry in service: no new node, and no new array unless the document outgrew it.
                    if (!entry.Removed)
                    {
                        entry.Set(compact, expiresAt);
                        return;
                    }
                }

                // Removed meanwhile: added again below (and counted).
                _items.TryRemove(new KeyValuePair<Key, Entry>(hashed, entry));
                continue;
            }

            var added = new Entry();
            added.Set(compact, expiresAt);
            if (_items.TryAdd(hashed, added))
            {
                Interlocked.Increment(ref _count);
                _writeOrder.Enqueue(hashed);
                break;
            }
        }

        while (Volatile.Read(ref _count) > capacity && _writeOrder.TryDequeue(out var oldest))
        {
            if (_items.TryGetValue(oldest, out var entry))
            {
                Remove(oldest, entry);
            }
        }
    }

    private void Remove(Key hashed, Entry entry)
    {
        lock (entry)
        {
            if (entry.Removed)
            {
                return;
            }

            entry.Removed = true;
        }

        _items.TryRemove(new KeyValuePair<Key, Entry>(hashed, entry));
        Interlocked.Decrement(ref _count);
    }

    // The key's SHA-256, held in the dictionary's node and the write order's slot: no string per document.
    private readonly record struct Key(ulong A, ulong B, ulong C, ulong D)
    {
        // A turn reads its resident's document and writes it back on the same thread: the key hashed for the read is
        // kept for the write (one SHA-256 a turn instead of two), compared by its text, so a different key is hashed.
        [ThreadStatic]
        private static string? t_lastText;

        [ThreadStatic]
        private static Key t_last;

        public static Key Of(string key)
        {
            if (string.Equals(t_lastText, key, StringComparison.Ordinal))
            {
                return t_last;
            }

            Span<byte> hash = stackalloc byte[KeyHash.Size];
            KeyHash.Sha256(key, hash);
            var hashed = new Key(
                BinaryPrimitives.ReadUInt64LittleEndian(hash),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[24..]));
            t_last = hashed;
            t_lastText = key;
            return hashed;
        }

        public bool Equals(Key other) => A == other.A && B == other.B && C == other.C && D == other.D;

        // Already uniformly spread: any 32 bits of it will do.
        public override int GetHashCode() => (int)A;
    }

    // A document in service, changed in place under its own lock: a turn's write replaced the dictionary's node and
    // the document's array before, both long-lived and so promoted to the GC's oldest generation, where the ones they
    // replaced stayed as garbage until its next collection (about half a KB a turn: issue #17's RSS).
    private sealed class Entry
    {
        private byte[] _buffer = [];

        public int Length { get; private set; }

        public long ExpiresAt { get; private set; }

        // Set once, under the lock, by whoever takes it out of the dictionary: a writer then adds a new entry.
        public bool Removed { get; set; }

        public ReadOnlySpan<byte> Compact => _buffer.AsSpan(0, Length);

        public void Set(ReadOnlySpan<byte> compact, long expiresAt)
        {
            if (compact.Length > _buffer.Length)
            {
                // Room to grow by a quarter, so a conversation's next slightly longer question fits.
                _buffer = new byte[(compact.Length + (compact.Length / 4) + 15) & ~15];
            }

            compact.CopyTo(_buffer);
            Length = compact.Length;
            ExpiresAt = expiresAt;
        }
    }
}
