namespace DxBot.Dialogs.Conversation;

/// <summary>
/// A topic dialog's result saying "I answered with this entry": the main dialog remembers its title so that a 👍/👎
/// on the next turn can name the answer it is about.
/// </summary>
/// <param name="EntryId">The entry answered, when the answer came from one.</param>
/// <param name="ContinueFrom">Where its body stopped when it did not fit in one message (「詳しく」 shows the rest).</param>
/// <param name="Question">The question as answered, when it was read with the one before it: what the next follow-up refers to.</param>
/// <param name="Rest">The sentences 「詳しく」 shows, in the order the answer was reading them.</param>
public sealed record AnsweredEntry(string Title, string? EntryId = null, int? ContinueFrom = null, string? Question = null, IReadOnlyList<string>? Rest = null);
