using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
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
    private readonly ConcurrentDictionary<Key, Stored> _items = new();
    private readonly ConcurrentQueue<Key> _writeOrder = new();
    private readonly JsonNameTokens _names = new();
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    // Reused per thread: a write formats into it and copies out the exact bytes (WriteAsync never awaits).
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    // ConcurrentDictionary.Count takes every one of its locks: at every turn's write that stalled the other turns.
    private int _count;

    public Task<IReadOnlyDictionary<string, JsonObject>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (Find(key) is { } compact && Parse(compact) is JsonObject document)
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
            Keep(key, Serialize(document));
        }

        return Task.CompletedTask;
    }

    public byte[]? ReadUtf8(string key)
    {
        if (Find(key) is not { } compact)
        {
            return null;
        }

        var json = new byte[_names.ExpandedLength(compact)];
        _names.Expand(compact, json);
        return json;
    }

    public void WriteUtf8(string key, ReadOnlySpan<byte> json) => Keep(key, Compact(json));

    // The document's compact bytes, or null when absent; an expired one is removed on the way.
    private byte[]? Find(string key)
    {
        var hashed = Key.Of(key);
        if (!_items.TryGetValue(hashed, out var stored))
        {
            return null;
        }

        if (stored.ExpiresAt > _time.GetUtcNow().UtcTicks)
        {
            return stored.Compact;
        }

        if (_items.TryRemove(new KeyValuePair<Key, Stored>(hashed, stored)))
        {
            Interlocked.Decrement(ref _count);
        }

        return null;
    }

    private void Keep(string key, byte[] compact)
    {
        var expiresAt = timeToLive is { } ttl ? (_time.GetUtcNow() + ttl).UtcTicks : long.MaxValue;
        var hashed = Key.Of(key);
        var stored = new Stored(compact, expiresAt);
        while (true)
        {
            if (_items.TryAdd(hashed, stored))
            {
                Interlocked.Increment(ref _count);
                _writeOrder.Enqueue(hashed);
                break;
            }

            // Replaced in place; removed meanwhile, it is added again (and counted) at the next round.
            if (_items.TryGetValue(hashed, out var previous) && _items.TryUpdate(hashed, stored, previous))
            {
                break;
            }
        }

        while (Volatile.Read(ref _count) > capacity && _writeOrder.TryDequeue(out var oldest))
        {
            if (_items.TryRemove(oldest, out _))
            {
                Interlocked.Decrement(ref _count);
            }
        }
    }

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            if (_items.TryRemove(Key.Of(key), out _))
            {
                Interlocked.Decrement(ref _count);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The bytes a document is kept in (tests compare them).</summary>
    internal int SizeOf(string key) => _items.TryGetValue(Key.Of(key), out var stored) ? stored.Compact.Length : 0;

    private JsonNode? Parse(byte[] compact)
    {
        var length = _names.ExpandedLength(compact);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            // The parsed node copies what it keeps: the buffer goes back at once.
            var written = _names.Expand(compact, buffer);
            return JsonNode.Parse(buffer.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private byte[] Serialize(JsonObject document)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        try
        {
            document.WriteTo(writer);
            writer.Flush();
            return Compact(buffer.WrittenSpan);
        }
        finally
        {
            // A large document's buffer is not kept for the thread's life.
            if (buffer.Capacity > 64 * 1024)
            {
                t_buffer = null;
                t_writer = null;
            }
        }
    }

    private byte[] Compact(ReadOnlySpan<byte> json)
    {
        var compact = ArrayPool<byte>.Shared.Rent(json.Length);
        try
        {
            var length = _names.Compact(json, compact);
            return compact.AsSpan(0, length).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(compact);
        }
    }

    // The key's SHA-256, held in the dictionary's node and the write order's slot: no string per document.
    private readonly record struct Key(ulong A, ulong B, ulong C, ulong D)
    {
        public static Key Of(string key)
        {
            Span<byte> hash = stackalloc byte[KeyHash.Size];
            KeyHash.Sha256(key, hash);
            return new Key(
                BinaryPrimitives.ReadUInt64LittleEndian(hash),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[16..]),
                BinaryPrimitives.ReadUInt64LittleEndian(hash[24..]));
        }

        public bool Equals(Key other) => A == other.A && B == other.B && C == other.C && D == other.D;

        // Already uniformly spread: any 32 bits of it will do.
        public override int GetHashCode() => (int)A;
    }

    // A value, not an object of its own: the node holds it.
    private readonly record struct Stored(byte[] Compact, long ExpiresAt);
}
