using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Routing;

/// <summary>Folds what residents type (full/half width, upper/lower case, spaces) for keyword matching.</summary>
public static partial class TextNormalizer
{
    /// <summary>Longest input the router and search look at: enough for any real question, bounded for safety.</summary>
    public const int MaxLength = 500;

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

        var trimmed = text.Length > maxLength * 2 ? text[..(maxLength * 2)] : text;
        var folded = trimmed.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
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

            builder.Append(Rune.IsWhiteSpace(rune) ? " " : rune.ToString());
        }

        var result = builder.ToString().Trim();
        return result.Length > maxLength ? result[..maxLength] : result;
    }

    public static bool ContainsAny(string normalizedText, IEnumerable<string> words) =>
        words.Any(w => normalizedText.Contains(w, StringComparison.Ordinal));

    /// <summary>The text with each of the words replaced by a space, longest first (市役所 before 市).</summary>
    public static string Without(string normalizedText, IEnumerable<string> words)
    {
        var rest = normalizedText;
        foreach (var word in words.Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length))
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

    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}\p{IsKatakana}ーa-z0-9]+")]
    private static partial Regex Meaningful();
}
