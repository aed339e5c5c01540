using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Search;

/// <summary>
/// A katakana word typed with one voicing mark wrong (「ぴったりサービズ」 for サービス, 「デジタルデハイド」): read as the word
/// the entries use, so the slip does not leave the question's subject a word no entry writes. Only words of four or more
/// characters no entry uses as they are typed, with exactly one entry word one mark away.
/// </summary>
internal static partial class KatakanaTypo
{
    private const int MinWordLength = 4;

    private const char Voiced = '\u3099';
    private const char SemiVoiced = '\u309A';

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

    // The word with one character's voicing mark taken off, or changed to the other mark: ズ → ス, ス → ズ, ハ → バ or パ.
    private static IEnumerable<string> Variants(string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
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

    [GeneratedRegex(@"[\p{IsKatakana}ー]{4,}")]
    private static partial Regex KatakanaRun();
}
