using System.Text;

namespace DxBot.Dialogs.Routing;

/// <summary>Folds what residents type (full/half width, upper/lower case, spaces) for keyword matching.</summary>
public static class TextNormalizer
{
    /// <summary>Longest input the router and search look at: enough for any real question, bounded for safety.</summary>
    public const int MaxLength = 500;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var trimmed = text.Length > MaxLength * 2 ? text[..(MaxLength * 2)] : text;
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
        return result.Length > MaxLength ? result[..MaxLength] : result;
    }

    public static bool ContainsAny(string normalizedText, IEnumerable<string> words) =>
        words.Any(w => normalizedText.Contains(w, StringComparison.Ordinal));
}
