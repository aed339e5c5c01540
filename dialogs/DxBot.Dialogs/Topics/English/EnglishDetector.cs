using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Topics.English;

/// <summary>
/// Tells a message written in English from a Japanese one. Japanese messages often carry a Latin word (LINE, DX,
/// PIN, e-Tax), so a message is English only when most of its letters are Latin and it has at least two words.
/// </summary>
public static partial class EnglishDetector
{
    /// <summary>The share of letters that must be Latin.</summary>
    public const double MinLatinShare = 0.6;

    // A kana or kanji says about as much as a short Latin word, so each counts as this many letters: 「テレワーク」 in a
    // message full of pasted code is still a Japanese question.
    private const int JapaneseWeight = 3;

    /// <summary>Fewer Latin words than this (「ok」, 「PIN」) say too little to switch language on.</summary>
    public const int MinWords = 2;

    /// <param name="normalizedText">Text after <see cref="Routing.TextNormalizer.Normalize"/> (NFKC, so full-width letters count as Latin).</param>
    public static bool IsEnglish(string normalizedText)
    {
        var latin = 0;
        var letters = 0;
        foreach (var c in normalizedText)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                latin++;
                letters++;
            }
            else if (char.IsLetter(c))
            {
                letters += IsJapanese(c) ? JapaneseWeight : 1;
            }
        }

        return letters > 0 && latin >= MinLatinShare * letters && LatinWord().Count(normalizedText) >= MinWords;
    }

    /// <summary>
    /// Whether the character is kana or kanji, as <see cref="HasJapanese"/> reads it: the Unicode blocks Hiragana
    /// (U+3040–309F), Katakana (U+30A0–30FF) and CJK Unified Ideographs (U+4E00–9FFF). Compared directly: the regex
    /// run once per letter of every message allocated in its scan.
    /// </summary>
    public static bool IsJapanese(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u4E00' and <= '\u9FFF');

    /// <summary>Whether the text has any kana or kanji: writing Japanese switches an English conversation back.</summary>
    public static bool HasJapanese(string text) => Japanese().IsMatch(text);

    [GeneratedRegex(@"[a-zA-Z]+(?:'[a-zA-Z]+)?")]
    private static partial Regex LatinWord();

    [GeneratedRegex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]")]
    private static partial Regex Japanese();
}
