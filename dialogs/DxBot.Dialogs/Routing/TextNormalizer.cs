using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Routing;

/// <summary>Folds what residents type (full/half width, upper/lower case, spaces) for keyword matching.</summary>
public static partial class TextNormalizer
{
    /// <summary>Longest input the router and search look at: enough for any real question, bounded for safety.</summary>
    public const int MaxLength = 500;

    // Texts folded recently (messages of the moment, entries' sentences) and how many were added since the last clear.
    private const int MemoCapacity = 8192;
    private const int MaxMemoizedLength = 2000;
    private static readonly ConcurrentDictionary<string, string> Recent = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string> RecentWhole = new(StringComparer.Ordinal);
    private static int memoAdded;

    public static string Normalize(string? text) => Normalize(text, MaxLength);

    /// <summary>
    /// An entry's text folded the same way, whole: the length cap is for what users type. An imported passage runs to
    /// thousands of characters, and a fact past its 500th (the SNS target in a measure's 成果目標 row) is still stated.
    /// </summary>
    public static string NormalizeWhole(string? text) => Normalize(text, int.MaxValue / 4);

    private static string Normalize(string? text, int maxLength)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // A turn folds its message a dozen times (routing, search, answer checks), and entries' sentences are folded at
        // every question they might answer: the result is kept for the texts of the moment (NFKC through ICU is most
        // of the cost). The cap is part of the key, so a text folded whole is not confused with its capped form.
        if (text.Length > MaxMemoizedLength)
        {
            return Fold(text, maxLength);
        }

        var memo = maxLength == MaxLength ? Recent : RecentWhole;
        if (memo.TryGetValue(text, out var kept))
        {
            return kept;
        }

        var folded = Fold(text, maxLength);
        if (Interlocked.Increment(ref memoAdded) > MemoCapacity)
        {
            // Emptied whole rather than tracked per entry: what residents send does not accumulate.
            Recent.Clear();
            RecentWhole.Clear();
            Interlocked.Exchange(ref memoAdded, 0);
        }

        memo[text] = folded;
        return folded;
    }

    private static string Fold(string text, int maxLength)
    {
        var trimmed = text.Length > maxLength * 2 ? text[..(maxLength * 2)] : text;
        var folded = trimmed.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        Span<char> units = stackalloc char[2];
        foreach (var rune in folded.EnumerateRunes())
        {
            // Emoji and other symbols carry no meaning for routing; drop them rather than let them break words.
            if (Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.OtherSymbol
                or System.Globalization.UnicodeCategory.Surrogate
                or System.Globalization.UnicodeCategory.Control
                or System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                builder.Append(' ');
            }
            else
            {
                // The rune's own UTF-16 units, as Rune.ToString() gives them, without a string per character.
                builder.Append(units[..rune.EncodeToUtf16(units)]);
            }
        }

        var result = builder.ToString().Trim();
        return result.Length > maxLength ? result[..maxLength] : result;
    }

    public static bool ContainsAny(string normalizedText, IEnumerable<string> words)
    {
        // Loops rather than Any(): this runs for every word list of every check of every candidate entry, and a lambda
        // capturing the text was a closure and a delegate each time.
        if (words is string[] array)
        {
            foreach (var word in array)
            {
                if (normalizedText.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var word in words)
        {
            if (normalizedText.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with each of the words replaced by a space, longest first (市役所 before 市).</summary>
    public static string Without(string normalizedText, IEnumerable<string> words)
    {
        // Only the words in the text are sorted and replaced (most lists name hundreds of words, a message few of them).
        // A word absent from the text cannot appear once others are replaced by a space unless it holds a space itself,
        // so those are kept too; the words kept stay in their order, so ties of length are replaced as before.
        List<string>? present = null;
        foreach (var word in words)
        {
            if (word.Length > 0 && (normalizedText.Contains(word, StringComparison.Ordinal) || word.Contains(' ', StringComparison.Ordinal)))
            {
                (present ??= []).Add(word);
            }
        }

        if (present is null)
        {
            return normalizedText;
        }

        var rest = normalizedText;
        foreach (var word in present.Distinct().OrderByDescending(w => w.Length))
        {
            rest = rest.Replace(word, " ", StringComparison.Ordinal);
        }

        return rest;
    }

    /// <summary>
    /// How many characters of kanji, katakana and Latin letters the text holds: what a question is about; hiragana left
    /// over are endings and particles.
    /// </summary>
    public static int MeaningfulLength(string normalizedText) => Meaningful().Matches(normalizedText).Sum(m => m.Length);

    /// <summary>The runs of kanji, katakana and Latin letters that <see cref="MeaningfulLength"/> counts.</summary>
    public static IEnumerable<string> MeaningfulWords(string normalizedText) => Meaningful().Matches(normalizedText).Select(m => m.Value);

    /// <summary>
    /// The length of the longest run of kanji, katakana or Latin letters both texts hold (「コンビニ交付」 of 「住民票などの
    /// コンビニ交付」 and 「コンビニ交付率の目標」: 6): particles and endings shared say nothing of a shared name.
    /// </summary>
    public static int LongestSharedRun(string normalizedA, string normalizedB)
    {
        var longest = 0;
        foreach (var a in MeaningfulWords(normalizedA))
        {
            foreach (var b in MeaningfulWords(normalizedB))
            {
                // Classic dynamic programme over two short words: titles are a few dozen characters.
                var previous = new int[b.Length + 1];
                for (var i = 1; i <= a.Length; i++)
                {
                    var current = new int[b.Length + 1];
                    for (var j = 1; j <= b.Length; j++)
                    {
                        if (a[i - 1] == b[j - 1])
                        {
                            current[j] = previous[j - 1] + 1;
                            longest = Math.Max(longest, current[j]);
                        }
                    }

                    previous = current;
                }
            }
        }

        return longest;
    }

    /// <summary>
    /// Whether the text names the word: as written, or a compound of two kanji words by both (「導入検討」 in 「導入を検討」).
    /// </summary>
    public static bool Names(string normalizedText, string word) =>
        normalizedText.Contains(word, StringComparison.Ordinal)
        || (word.Length == 4 && KanjiCompound().IsMatch(word)
            && normalizedText.Contains(word[..2], StringComparison.Ordinal) && normalizedText.Contains(word[2..], StringComparison.Ordinal));

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{4}$")]
    private static partial Regex KanjiCompound();

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]+")]
    private static partial Regex Meaningful();
}
