using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace DxBot.Dialogs.State;

/// <summary>
/// In-process storage. Documents are kept serialized so a reader never shares mutable objects with a writer,
/// which is what a real store would give. Bounded twice, so memory cannot grow without limit: a document expires
/// <c>timeToLive</c> after its last write, and past <c>capacity</c> documents the oldest written are dropped (a
/// resident who comes back after either starts a fresh conversation).
/// <para>
/// A document is kept as UTF-8 with Japanese unescaped (3 bytes a character, where the string of <c>ToJsonString</c>
/// took 12 for its <c>\uXXXX</c>): one is kept per resident who wrote in the last 30 days, tens of thousands under
/// the load benchmark, and they were most of the process's growth in memory over its run. It reads back the same.
/// </para>
/// </summary>
public sealed class MemoryStorage(int capacity = 100_000, TimeSpan? timeToLive = null, TimeProvider? timeProvider = null) : IStorage
{
    private readonly ConcurrentDictionary<string, Stored> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _writeOrder = new();
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
        var now = _time.GetUtcNow();
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (!_items.TryGetValue(key, out var stored))
            {
                continue;
            }

            if (stored.ExpiresAt <= now)
            {
                if (_items.TryRemove(new KeyValuePair<string, Stored>(key, stored)))
                {
                    Interlocked.Decrement(ref _count);
                }
            }
            else if (JsonNode.Parse(stored.Utf8) is JsonObject document)
            {
                result[key] = document;
            }
        }

        return Task.FromResult<IReadOnlyDictionary<string, JsonObject>>(result);
    }

    public Task WriteAsync(IReadOnlyDictionary<string, JsonObject> changes, CancellationToken cancellationToken)
    {
        var expiresAt = timeToLive is { } ttl ? _time.GetUtcNow() + ttl : DateTimeOffset.MaxValue;
        foreach (var (key, document) in changes)
        {
            var stored = new Stored(Serialize(document), expiresAt);
            while (true)
            {
                if (_items.TryAdd(key, stored))
                {
                    Interlocked.Increment(ref _count);
                    _writeOrder.Enqueue(key);
                    break;
                }

                // Replaced in place; removed meanwhile, it is added again (and counted) at the next round.
                if (_items.TryGetValue(key, out var previous) && _items.TryUpdate(key, stored, previous))
                {
                    break;
                }
            }
        }

        while (Volatile.Read(ref _count) > capacity && _writeOrder.TryDequeue(out var oldest))
        {
            if (_items.TryRemove(oldest, out _))
            {
                Interlocked.Decrement(ref _count);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            if (_items.TryRemove(key, out _))
            {
                Interlocked.Decrement(ref _count);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>The bytes a document is kept in (tests compare them).</summary>
    internal int SizeOf(string key) => _items.TryGetValue(key, out var stored) ? stored.Utf8.Length : 0;

    private static byte[] Serialize(JsonObject document)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer, WriterOptions);
        writer.Reset(buffer);
        try
        {
            document.WriteTo(writer);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
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

    private sealed record Stored(byte[] Utf8, DateTimeOffset ExpiresAt);
}
