namespace DxBot.Knowledge.Loading;

/// <summary>Splits the word lists staff type (keywords, synonyms, aliases), which mix ASCII and Japanese commas.</summary>
internal static class WordList
{
    private static readonly char[] Separators = [',', '、', '，', '､'];

    public static IReadOnlyList<string> Split(string? text, params char[] extraSeparators)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var separators = extraSeparators.Length == 0 ? Separators : [.. Separators, .. extraSeparators];
        return text.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
