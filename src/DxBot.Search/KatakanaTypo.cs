using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Search;

/// <summary>
/// A katakana word typed with one voicing mark wrong (「ぴったりサービズ」 for サービス, 「デジタルデハイド」) or one small kana
/// typed large (「スマートシテイ」 for スマートシティ, as a phone without small kana writes it): read as the word the entries
/// use, so the slip does not leave the question's subject a word no entry writes. Only words of four or more
/// characters no entry uses as they are typed, with exactly one entry word one slip away.
/// </summary>
internal static partial class KatakanaTypo
{
    private const int MinWordLength = 4;

    private const char Voiced = '\u3099';
    private const char SemiVoiced = '\u309A';

    // Small kana and their large forms, in the same order.
    private const string Small = "ァィゥェォッャュョヮ";
    private const string Large = "アイウエオツヤユヨワ";

    public static string Corrected(string text, IReadOnlySet<string> katakanaWords)
    {
        if (katakanaWords.Count == 0)
        {
            return text;
        }

        return KatakanaRun().Replace(text, run => katakanaWords.Contains(run.Value)
            ? run.Value
            : Variants(run.Value).Where(katakanaWords.Contains).Distinct().ToList() is [var only] ? only : run.Value);
    }

    // The word with one character's voicing mark taken off, or changed to the other mark (ズ → ス, ス → ズ, ハ → バ or
    // パ), or one kana's size changed (イ → ィ, ッ → ツ).
    private static IEnumerable<string> Variants(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if (Resized(word[i]) is { } resized)
            {
                yield return string.Concat(word.AsSpan(0, i), resized.ToString(), word.AsSpan(i + 1));
            }

            var decomposed = word[i].ToString().Normalize(NormalizationForm.FormD);
            var bare = decomposed[0];
            foreach (var form in new[] { bare.ToString(), string.Concat(bare, Voiced), string.Concat(bare, SemiVoiced) })
            {
                var composed = form.Normalize(NormalizationForm.FormC);
                if (composed.Length == 1 && composed[0] != word[i])
                {
                    yield return string.Concat(word.AsSpan(0, i), composed, word.AsSpan(i + 1));
                }
            }
        }
    }

    // The small kana's large form, or the large one's small form; null for a kana that has none.
    private static char? Resized(char kana) =>
        Small.IndexOf(kana, StringComparison.Ordinal) is var small and >= 0 ? Large[small]
        : Large.IndexOf(kana, StringComparison.Ordinal) is var large and >= 0 ? Small[large]
        : null;

    [GeneratedRegex(@"[\p{IsKatakana}ー]{4,}")]
    private static partial Regex KatakanaRun();
}
