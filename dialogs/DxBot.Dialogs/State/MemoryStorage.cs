using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace DxBot.Dialogs.State;

/// <summary>
/// In-process storage. Documents are kept serialized so a reader never shares mutable objects with a writer,
/// which is what a real store would give. Bounded twice, so memory cannot grow without limit: a document expires
/// <c>timeToLive</c> after its last write, and past <c>capacity</c> documents the oldest written are dropped (a
/// resident who comes back after either starts a fresh conversation).
/// </summary>
public sealed class MemoryStorage(int capacity = 100_000, TimeSpan? timeToLive = null, TimeProvider? timeProvider = null) : IStorage
{
    private readonly ConcurrentDictionary<string, Stored> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _writeOrder = new();
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

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
                _items.TryRemove(new KeyValuePair<string, Stored>(key, stored));
            }
            else if (JsonNode.Parse(stored.Json) is JsonObject document)
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
            var stored = new Stored(document.ToJsonString(), expiresAt);
            if (_items.TryAdd(key, stored))
            {
                _writeOrder.Enqueue(key);
            }
            else
            {
                _items[key] = stored;
            }
        }

        while (_items.Count > capacity && _writeOrder.TryDequeue(out var oldest))
        {
            _items.TryRemove(oldest, out _);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            _items.TryRemove(key, out _);
        }

        return Task.CompletedTask;
    }

    private sealed record Stored(string Json, DateTimeOffset ExpiresAt);
}
