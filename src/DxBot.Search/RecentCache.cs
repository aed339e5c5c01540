using System.Collections.Concurrent;

namespace DxBot.Search;

/// <summary>
/// Values worked out from what residents send (their messages, the words in them): kept for the messages of the
/// moment and emptied whenever <paramref name="capacity"/> more have been added, so that the cache cannot grow with
/// the messages forever. Entries are counted apart: ConcurrentDictionary.Count takes every lock of the dictionary.
/// </summary>
internal sealed class RecentCache<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> values = new(comparer);
    private int added;

    /// <summary>The key's value, worked out with <paramref name="state"/> when it is not kept (a static lambda allocates nothing).</summary>
    public TValue GetOrAdd<TState>(TKey key, Func<TKey, TState, TValue> create, TState state)
    {
        if (values.TryGetValue(key, out var value))
        {
            return value;
        }

        value = create(key, state);
        if (Interlocked.Increment(ref added) > capacity)
        {
            values.Clear();
            Interlocked.Exchange(ref added, 0);
        }

        values[key] = value;
        return value;
    }

    /// <summary>Whether the key's value is kept.</summary>
    public bool Contains(TKey key) => values.ContainsKey(key);
}
