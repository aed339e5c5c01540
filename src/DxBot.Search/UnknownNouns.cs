namespace DxBot.Search;

/// <summary>
/// The nouns of a message no entry writes or reads, and whether one of them is what the message asks about: a kana
/// noun before の or は, or a noun of either kind as the subject of a short question.
/// </summary>
internal sealed record UnknownNouns(IReadOnlyList<string> Words, bool KanaSubject, bool SubjectOfAShortQuestion);
