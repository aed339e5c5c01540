using System.Globalization;
using System.Text;

namespace DxBot.Protocol.Privacy;

/// <summary>
/// Finds 12-digit numbers that may be a resident's My Number (individual number), however they are written: digits
/// of any script (half- or full-width, Arabic-Indic, Devanagari…), in any grouping (4-4-4, 3-3-3-3, 6+6, 2-digit
/// groups…) separated by any mix of punctuation, spaces or symbols, with invisible characters (zero-width space,
/// soft hyphen, word joiner…) anywhere. It errs on the side of masking: the check digit only adds detections.
/// It lives in the protocol layer so the privacy guard (dialogs) and log redaction (here) share one definition.
/// </summary>
/// <remarks>
/// Digits are read in groups (runs of digits with nothing but invisible characters between them). Groups at most
/// <see cref="MaxSeparators"/> separator characters apart form a chain; a letter, or a longer gap, ends it. A chain of
/// exactly 12 digits is a detection. In a longer chain (say a phone number written just before the My Number), a
/// stretch of whole groups adding up to 12 digits is one when its groups are all the same length (12, 6+6, 4+4+4,
/// 3×4, 2×6) or its check digit is valid; so 「2026/12/02～2026/12/05」 is left alone. Groups up to
/// <see cref="LooseSeparators"/> apart are also checked, and count only with a valid check digit. A run of 13 or more
/// digits in a row is not a My Number and is left alone.
/// </remarks>
public static class MyNumberDetector
{
    public const int Length = 12;

    /// <summary>Separator characters allowed between two groups of one number: 「1234 - 5678」 still is one.</summary>
    public const int MaxSeparators = 3;

    /// <summary>A wider gap is only believed when the check digit is valid.</summary>
    public const int LooseSeparators = 8;

    // Index modulo 10 is the digit: 〇 and 零 are both 0.
    private const string KanjiDigits = "〇一二三四五六七八九零";

    public static bool Contains(string? text) => !string.IsNullOrEmpty(text) && Find(text).Count > 0;

    /// <summary>
    /// The text with every candidate number, from its first digit to its last (separators included), replaced by
    /// <paramref name="replacement"/>; the rest of the text is left as it was.
    /// </summary>
    public static string Redact(string text, string replacement)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = Find(text);
        if (spans.Count == 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (start, end) in spans)
        {
            builder.Append(text, position, start - position).Append(replacement);
            position = end;
        }

        return builder.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>Whether 12 digits end with a valid My Number check digit (the ministry's weights 2–7, 2–6, modulus 11).</summary>
    public static bool HasValidCheckDigit(ReadOnlySpan<int> digits)
    {
        if (digits.Length != Length)
        {
            return false;
        }

        var sum = 0;
        for (var n = 1; n <= 11; n++)
        {
            var weight = n <= 6 ? n + 1 : n - 5;
            sum += digits[11 - n] * weight;
        }

        var remainder = sum % 11;
        return digits[11] == (remainder <= 1 ? 0 : 11 - remainder);
    }

    /// <summary>The candidate numbers as [start, end) ranges of <paramref name="text"/>, in order, not overlapping.</summary>
    public static IReadOnlyList<(int Start, int End)> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var groups = ReadGroups(text);
        var found = new List<(int Start, int End)>();
        if (groups.Sum(g => g.Digits.Count) < Length)
        {
            return found;
        }

        var taken = new bool[groups.Count];
        foreach (var chain in Chains(groups, MaxSeparators))
        {
            Detect(text, groups, chain, taken, strict: true);
        }

        foreach (var chain in Chains(groups, LooseSeparators))
        {
            Detect(text, groups, chain, taken, strict: false);
        }

        for (var i = 0; i < groups.Count; i++)
        {
            if (!taken[i])
            {
                continue;
            }

            var start = groups[i].Start;
            var end = groups[i].End;
            while (i + 1 < groups.Count && taken[i + 1] && groups[i + 1].Joined)
            {
                i++;
                end = groups[i].End;
            }

            found.Add((start, end));
        }

        return found;
    }

    private static void Detect(string text, List<Group> groups, (int First, int Last) chain, bool[] taken, bool strict)
    {
        for (var first = chain.First; first <= chain.Last; first++)
        {
            var count = 0;
            var last = first;
            while (last <= chain.Last && count < Length)
            {
                count += groups[last].Digits.Count;
                last++;
            }

            last--;
            if (count != Length || Enumerable.Range(first, last - first + 1).Any(i => taken[i]))
            {
                continue;
            }

            var whole = first == chain.First && last == chain.Last;
            var digits = Enumerable.Range(first, last - first + 1).SelectMany(i => groups[i].Digits).ToArray();
            var believed = HasValidCheckDigit(digits) || (strict && (whole || IsEvenlyWritten(text, groups, first, last)));
            if (!believed)
            {
                continue;
            }

            for (var i = first; i <= last; i++)
            {
                taken[i] = true;
                // Marks the groups as one span for redaction, separators included.
                groups[i] = groups[i] with { Joined = i > first };
            }

            first = last;
        }
    }

    // Groups of one length with one separator between them (「1234 5678 9012」 after 「0120-95-0178, 」), the way a
    // number is written out by someone, not the seam between two numbers.
    private static bool IsEvenlyWritten(string text, List<Group> groups, int first, int last)
    {
        for (var i = first + 1; i <= last; i++)
        {
            if (groups[i].Digits.Count != groups[first].Digits.Count
                || (i > first + 1 && !Separator(text, groups, i).SequenceEqual(Separator(text, groups, first + 1))))
            {
                return false;
            }
        }

        return true;
    }

    private static ReadOnlySpan<char> Separator(string text, List<Group> groups, int index) =>
        text.AsSpan(groups[index - 1].End, groups[index].Start - groups[index - 1].End);

    // Maximal stretches of groups whose gaps are all within the limit.
    private static IEnumerable<(int First, int Last)> Chains(List<Group> groups, int maxGap)
    {
        var first = 0;
        for (var i = 1; i <= groups.Count; i++)
        {
            if (i == groups.Count || groups[i].GapBefore > maxGap)
            {
                yield return (first, i - 1);
                first = i;
            }
        }
    }

    private static List<Group> ReadGroups(string text)
    {
        var groups = new List<Group>();
        List<int>? digits = null;
        var start = 0;
        var end = 0;

        // Separators seen since the last group; int.MaxValue once a letter is seen (the chain is broken).
        var gap = int.MaxValue;
        var index = 0;
        while (index < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);
            var size = status == System.Buffers.OperationStatus.Done ? consumed : 1;
            int[]? values = null;
            var kind = status == System.Buffers.OperationStatus.Done ? Classify(rune, out values) : Kind.Separator;

            switch (kind)
            {
                case Kind.Digit:
                    if (digits is null)
                    {
                        digits = [];
                        start = index;
                    }

                    digits.AddRange(values!);
                    end = index + size;
                    break;
                case Kind.Invisible:
                    // Neither ends a group nor counts as a separator: 1234\u200B5678 is 8 digits in a row.
                    break;
                default:
                    if (digits is not null)
                    {
                        groups.Add(new Group(digits, start, end, gap));
                        digits = null;
                        gap = 0;
                    }

                    gap = kind == Kind.Alphanumeric ? int.MaxValue : gap == int.MaxValue ? int.MaxValue : gap + 1;
                    break;
            }

            index += size;
        }

        if (digits is not null)
        {
            groups.Add(new Group(digits, start, end, gap));
        }

        return groups;
    }

    private static Kind Classify(Rune rune, out int[]? values)
    {
        values = null;
        // 「四〇九一 二二八三 六六〇七」: kanji numerals written digit by digit are the number too; to Unicode they are letters.
        if (KanjiDigits.IndexOf((char)rune.Value) is var kanji and >= 0 && rune.IsBmp)
        {
            values = [kanji % 10];
            return Kind.Digit;
        }

        switch (Rune.GetUnicodeCategory(rune))
        {
            case UnicodeCategory.DecimalDigitNumber:
                values = [(int)Rune.GetNumericValue(rune)];
                return Kind.Digit;
            case UnicodeCategory.Format:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.EnclosingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return Kind.Invisible;
            case UnicodeCategory.OtherNumber:
                // ①, ¹, ⑫: NFKC makes them plain digits, so they are read as such.
                var folded = rune.ToString().Normalize(NormalizationForm.FormKC);
                if (folded.Length > 0 && folded.All(char.IsAsciiDigit))
                {
                    values = folded.Select(c => c - '0').ToArray();
                    return Kind.Digit;
                }

                return Kind.Alphanumeric;
            case UnicodeCategory.ModifierLetter when rune.Value is 0x30FC or 0xFF70:
                // 「ー」 is a letter to Unicode, but residents use it as a dash: 1234ー5678ー9012.
                return Kind.Separator;
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return Kind.Alphanumeric;
            default:
                return Kind.Separator;
        }
    }

    private enum Kind
    {
        Digit,
        Invisible,
        Separator,
        Alphanumeric,
    }

    /// <param name="GapBefore">Separators between this group and the one before; int.MaxValue when a letter or the start of the text is between.</param>
    /// <param name="Joined">Detected together with the group before, so one redaction covers both and what lies between.</param>
    private sealed record Group(List<int> Digits, int Start, int End, int GapBefore, bool Joined = false);
}
