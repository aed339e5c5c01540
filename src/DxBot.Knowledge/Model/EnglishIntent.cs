namespace DxBot.Knowledge.Model;

/// <summary>A topic of English questions and the words (lower case; a trailing * matches any ending) that point to it.</summary>
public sealed record EnglishIntent(string Topic, IReadOnlyList<string> Words)
{
    /// <summary>
    /// Japanese words to search the city's knowledge with, for a topic the English layer has no text of its own for:
    /// the answer is then the Japanese entry, introduced in English.
    /// </summary>
    public string? Search { get; init; }

    /// <summary>
    /// Words one of which the question must hold for the topic to be its own (empty: none needed): 「free」 is the card's
    /// fee only in a question about the card, not in 「reuse the city's data for free」.
    /// </summary>
    public IReadOnlyList<string> Requires { get; init; } = [];
}
