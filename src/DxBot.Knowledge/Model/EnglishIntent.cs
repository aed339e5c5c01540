namespace DxBot.Knowledge.Model;

/// <summary>A topic of English questions and the words (lower case; a trailing * matches any ending) that point to it.</summary>
public sealed record EnglishIntent(string Topic, IReadOnlyList<string> Words)
{
    /// <summary>
    /// Japanese words to search the city's knowledge with, for a topic the English layer has no text of its own for:
    /// the answer is then the Japanese entry, introduced in English.
    /// </summary>
    public string? Search { get; init; }
}
