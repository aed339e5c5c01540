using System.Globalization;
using System.Text;

namespace DxBot.Search;

/// <summary>
/// The normalisation every indexed and searched text goes through: NFKC (full/half width, half-width kana,
/// ㍻ → 平成), lower case, hiragana → katakana, and symbols/emoji/controls → spaces.
/// </summary>
internal static class TextFolding
{
    public static FoldedText Fold(ReadOnlySpan<char> input)
    {
        var text = new StringBuilder(input.Length);
        var kinds = new List<CharKind>(input.Length);
        var corrections = new List<(int, int)>();
        int cumulativeDiff = 0;
        int i = 0;
        while (i < input.Length)
        {
            int start = i;
            char c = input[i];
            if (char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1])))
            {
                // A lone surrogate (e.g. a 10,000-char message cut in the middle of an emoji) would make Normalize throw.
                AppendSpaces(text, kinds, 1);
                i++;
                continue;
            }

            i += char.IsHighSurrogate(c) ? 2 : 1;
            while (i < input.Length && IsCombining(input, i))
            {
                i += char.IsHighSurrogate(input[i]) ? 2 : 1;
            }

            int clusterLength = i - start;
            if (clusterLength == 1 && IsNfkcStable(c))
            {
                Append(text, kinds, c);
                continue;
            }

            string normalized;
            try
            {
                normalized = input[start..i].ToString().Normalize(NormalizationForm.FormKC);
            }
            catch (ArgumentException)
            {
                normalized = new string(' ', clusterLength);
            }

            for (int j = 0; j < normalized.Length; j++)
            {
                if (char.IsHighSurrogate(normalized[j]) && j + 1 < normalized.Length && char.IsLowSurrogate(normalized[j + 1]))
                {
                    // Outside the BMP there is nothing we search for (emoji, rare ideographs): keep the length, drop the text.
                    AppendSpaces(text, kinds, 2);
                    j++;
                }
                else
                {
                    Append(text, kinds, normalized[j]);
                }
            }

            if (normalized.Length != clusterLength)
            {
                cumulativeDiff += clusterLength - normalized.Length;
                corrections.Add((text.Length, cumulativeDiff));
            }
        }

        return new FoldedText(text.ToString(), [.. kinds], corrections);
    }

    /// <summary>The kind of an already folded character (hiragana no longer occurs).</summary>
    public static CharKind KindOf(char c)
    {
        if (c is >= '\u3041' and <= '\u309F')
        {
            return CharKind.Hiragana;
        }

        if (c is (>= '\u30A1' and <= '\u30FA') or (>= '\u30FC' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF'))
        {
            return CharKind.Katakana;
        }

        if (c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF') or '\u3005' or '\u3006' or '\u3007')
        {
            return CharKind.Han;
        }

        if (char.IsWhiteSpace(c))
        {
            return CharKind.Space;
        }

        if (char.IsDigit(c))
        {
            return CharKind.Digit;
        }

        return char.IsLetter(c) ? CharKind.Latin : CharKind.Other;
    }

    private static void Append(StringBuilder text, List<CharKind> kinds, char c)
    {
        if (IsDropped(c))
        {
            AppendSpaces(text, kinds, 1);
            return;
        }

        var kind = KindOf(c);
        if (kind == CharKind.Hiragana)
        {
            c = c switch
            {
                >= '\u3041' and <= '\u3096' => (char)(c + 0x60),
                '\u309D' or '\u309E' => (char)(c + 0x60),
                _ => c,
            };
        }
        else if (kind == CharKind.Latin)
        {
            c = char.ToLowerInvariant(c);
        }

        text.Append(c);
        kinds.Add(kind);
    }

    private static void AppendSpaces(StringBuilder text, List<CharKind> kinds, int count)
    {
        for (int k = 0; k < count; k++)
        {
            text.Append(' ');
            kinds.Add(CharKind.Space);
        }
    }

    private static bool IsDropped(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            return false;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol
                or UnicodeCategory.CurrencySymbol or UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
            _ => false,
        };
    }

    private static bool IsCombining(ReadOnlySpan<char> input, int i)
    {
        char c = input[i];
        if (c is '\uFF9E' or '\uFF9F')
        {
            // Half-width voiced marks are letters, not combining marks, but NFKC composes them with the kana before.
            return true;
        }

        UnicodeCategory category;
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 >= input.Length || !char.IsLowSurrogate(input[i + 1]))
            {
                return false;
            }

            category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, input[i + 1]));
        }
        else
        {
            category = CharUnicodeInfo.GetUnicodeCategory(c);
        }

        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    // The common characters NFKC leaves alone, to skip Normalize (and its allocation) for almost all of a text.
    private static bool IsNfkcStable(char c) =>
        c < '\u00A0' || c is (>= '\u3041' and <= '\u3096') or (>= '\u30A1' and <= '\u30FA') or '\u30FC' or (>= '\u4E00' and <= '\u9FFF');
}
