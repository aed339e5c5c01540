using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace DxBot.Dialogs.State;

/// <summary>
/// In-process storage. Documents are kept serialized so a reader never shares mutable objects with a writer,
/// which is what a real store would give. Bounded: past <paramref name="capacity"/> documents the oldest written
/// are dropped (a resident who comes back after that starts a fresh conversation), so memory cannot grow without limit.
/// </summary>
public sealed class MemoryStorage(int capacity = 100_000) : IStorage
{
    private readonly ConcurrentDictionary<string, string> _items = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _writeOrder = new();

    public Task<IReadOnlyDictionary<string, JsonObject>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var json) && JsonNode.Parse(json) is JsonObject document)
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
            if (_items.TryAdd(key, document.ToJsonString()))
            {
                _writeOrder.Enqueue(key);
            }
            else
            {
                _items[key] = document.ToJsonString();
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
}
