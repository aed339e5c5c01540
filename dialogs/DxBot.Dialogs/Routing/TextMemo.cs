using System.Collections.Concurrent;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// The results of a pure function of a message's text for the texts of the moment. Residents send the same questions
/// again and again (and a turn reads its message in more than one place), so a reading that depends on the text alone
/// is kept instead of done anew at each turn. Bounded: when more than <c>capacity</c> results were added since the
/// last clear it is emptied whole, as <see cref="TextNormalizer"/>'s folded texts are (what residents send does not
/// accumulate). A text longer than <see cref="MaxKeptLength"/> is read every time.
/// </summary>
internal sealed class TextMemo<TKey, TValue>(int capacity)
    where TKey : notnull
{
    /// <summary>The longest text kept: longer ones are read every time, so a few long messages cannot fill the memory.</summary>
    public const int MaxKeptLength = 2000;

    private readonly ConcurrentDictionary<TKey, TValue> _kept = new();
    private int _added;

    /// <summary>The kept result for the key, or <paramref name="read"/>'s, kept when the key's text is short enough.</summary>
    public TValue Get<TState>(TKey key, int textLength, TState state, Func<TKey, TState, TValue> read)
    {
        if (textLength > MaxKeptLength)
        {
            return read(key, state);
        }

        if (_kept.TryGetValue(key, out var kept))
        {
            return kept;
        }

        var value = read(key, state);
        if (Interlocked.Increment(ref _added) > capacity)
        {
            _kept.Clear();
            Interlocked.Exchange(ref _added, 0);
        }

        _kept[key] = value;
        return value;
    }
}
