namespace DxBot.Dialogs.Conversation;

/// <summary>
/// A topic dialog's result saying "I answered with this entry": the main dialog remembers its title so that a 👍/👎
/// on the next turn can name the answer it is about.
/// </summary>
public sealed record AnsweredEntry(string Title);
