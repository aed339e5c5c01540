using System.Text;

namespace DxBot.Search;

/// <summary>
/// A text as it is read, in katakana (「燃えないごみの日」 → モエナイゴミノヒ), from MeCab's readings: a resident who types
/// 「もえないごみ の ひ」 writes that reading, not the kanji, so the reading is what both sides are compared on.
/// </summary>
internal static class KanaReading
{
    /// <summary>
    /// The reading of each word, words run together as the text ran; anything without a kana reading (latin, digits,
    /// symbols, unknown kanji) and every space or line break becomes one space, so no reading bigram spans it.
    /// </summary>
    /// <param name="typedInKanaOnly">
    /// Only the words written in hiragana (a question's): its words in kanji or katakana are searched as written
    /// already, and their readings would count them twice (取り組む matching every entry that 取り組む).
    /// </param>
    /// <param name="contentWordsOnly">
    /// Only nouns, verbs, adjectives and adverbs: in a question mostly in kanji its hiragana words are mostly grammar
    /// (どんな, って), whose readings occur in any entry.
    /// </param>
    public static string Of(MeCabTagger tagger, string text, bool typedInKanaOnly = false, bool contentWordsOnly = false)
    {
        var reading = new StringBuilder(text.Length * 2);

        // Full-width latin and half-width kana as the rest of the search folds them; MeCab's dictionary has neither.
        foreach (var line in text.Normalize(NormalizationForm.FormKC).Split('\n'))
        {
            // Split at spaces too: 「もえないごみ の ひ」 has its words separated already, and MeCab would run them together.
            foreach (var chunk in line.Split([' ', '\u3000', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var morpheme in tagger.Parse(chunk))
                {
                    var kana = morpheme.Reading ?? (IsKana(morpheme.Surface) ? morpheme.Surface : null);
                    if (kana is null || morpheme.PartOfSpeech == "記号" || (typedInKanaOnly && !IsHiragana(morpheme.Surface))
                        || (contentWordsOnly && !IsContentWord(morpheme)))
                    {
                        Separate(reading);
                        continue;
                    }

                    foreach (char c in kana)
                    {
                        reading.Append(c is >= 'ぁ' and <= 'ゖ' ? (char)(c + 0x60) : c);
                    }
                }

                Separate(reading);
            }
        }

        return reading.ToString().Trim();
    }

    // IPAdic's nouns that name nothing by themselves: これ, こと/つもり, 数, the suffixes.
    private static readonly HashSet<string> FunctionNouns = new(StringComparer.Ordinal) { "代名詞", "非自立", "数", "接尾", "特殊" };

    // Shorter kana words in a question mostly in kanji (やる, あう) are read inside too many other words (アワセテ).
    private const int MinContentWordLength = 3;

    // Nouns, and verbs and adjectives that stand alone (not いる of 〜ている, not ない): what a resident's kana words name.
    private static bool IsContentWord(Morpheme morpheme) => morpheme.Surface.Length >= MinContentWordLength && morpheme.PartOfSpeech switch
    {
        "名詞" => !FunctionNouns.Contains(morpheme.Subclass),
        "動詞" or "形容詞" => morpheme.Subclass == "自立",
        _ => false,
    };

    private static void Separate(StringBuilder reading)
    {
        if (reading.Length > 0 && reading[^1] != ' ')
        {
            reading.Append(' ');
        }
    }

    // Loops, not Enumerable.All over the string (an enumerator allocated for every word of every parse).
    private static bool IsHiragana(string surface)
    {
        foreach (var c in surface)
        {
            if (c is not ((>= 'ぁ' and <= 'ゖ') or 'ー' or 'ゝ' or 'ゞ'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsKana(string surface)
    {
        foreach (var c in surface)
        {
            if (c is not ((>= 'ぁ' and <= 'ゖ') or (>= 'ァ' and <= 'ヺ') or 'ー' or 'ゝ' or 'ゞ' or 'ヽ' or 'ヾ'))
            {
                return false;
            }
        }

        return surface.Length > 0;
    }
}
