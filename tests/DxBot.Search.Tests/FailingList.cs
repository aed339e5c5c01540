using System.Collections;

namespace DxBot.Search.Tests;

/// <summary>A list that breaks while being read, to make an index build fail half-way.</summary>
internal sealed class FailingList<T>(IReadOnlyList<T> items, int failAfter) : IReadOnlyList<T>
{
    public int Count => items.Count;

    public T this[int index] => index < failAfter ? items[index] : throw new IOException("disk on fire");

    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; i < items.Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
