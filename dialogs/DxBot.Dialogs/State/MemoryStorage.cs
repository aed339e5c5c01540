using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace DxBot.Dialogs.State;

/// <summary>
/// In-process storage. Documents are kept serialized so a reader never shares mutable objects with a writer,
/// which is what a real store would give.
/// </summary>
public sealed class MemoryStorage : IStorage
{
    private readonly ConcurrentDictionary<string, string> _items = new(StringComparer.Ordinal);

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
            _items[key] = document.ToJsonString();
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
