namespace DxBot.Knowledge.Model;

/// <summary>A topic of English questions and the words (lower case; a trailing * matches any ending) that point to it.</summary>
public sealed record EnglishIntent(string Topic, IReadOnlyList<string> Words);
