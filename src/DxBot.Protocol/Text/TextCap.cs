namespace DxBot.Protocol.Text;

/// <summary>Bounds text the bot did not write (residents' messages) before it is kept or shown.</summary>
public static class TextCap
{
    public const string Ellipsis = "…";

    /// <summary>
    /// At most <paramref name="maxLength"/> UTF-16 characters: longer text keeps its start and ends with 「…」. A
    /// surrogate pair is never split, so the result is always valid text.
    /// </summary>
    public static string Cut(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, Ellipsis.Length + 1);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var keep = maxLength - Ellipsis.Length;
        if (char.IsHighSurrogate(text[keep - 1]))
        {
            keep--;
        }

        return string.Concat(text.AsSpan(0, keep), Ellipsis);
    }

    /// <summary>At most <paramref name="maxLength"/> characters, keeping the end (the newest part of a follow-up chain).</summary>
    public static string KeepEnd(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var start = text.Length - maxLength;
        if (char.IsLowSurrogate(text[start]))
        {
            start++;
        }

        return text[start..];
    }
}
