namespace DxBot.Search;

/// <summary>
/// The city's name typed with one character wrong (「御前先市のオープンデータ」 for 御前崎市): read as the name, so its
/// stray character is not a subject no entry writes. Only a name of four or more characters ending in 市町村, at the
/// same length, differing in one character that is not its last.
/// </summary>
internal static class CityNameTypo
{
    // A name of three characters differs by one from many others near it (豊田市 and 半田市): only longer ones are read.
    private const int MinNameLength = 4;

    public static string Corrected(string text, string? cityName)
    {
        if (cityName is not { Length: >= MinNameLength } name || !"市町村".Contains(name[^1]) || text.Contains(name, StringComparison.Ordinal))
        {
            return text;
        }

        for (int at = text.IndexOf(name[^1]); at >= 0; at = text.IndexOf(name[^1], at + 1))
        {
            int start = at - (name.Length - 1);
            if (start >= 0 && Differences(text.AsSpan(start, name.Length - 1), name.AsSpan(0, name.Length - 1)) == 1)
            {
                return string.Concat(text.AsSpan(0, start), name, text.AsSpan(at + 1));
            }
        }

        return text;
    }

    private static int Differences(ReadOnlySpan<char> typed, ReadOnlySpan<char> name)
    {
        int differences = 0;
        for (int i = 0; i < name.Length; i++)
        {
            if (typed[i] != name[i])
            {
                // A kana or a digit in place of a kanji is no typo of the name but other words (この市, 3市).
                if (TextFolding.KindOf(typed[i]) != CharKind.Han)
                {
                    return int.MaxValue;
                }

                differences++;
            }
        }

        return differences;
    }
}
