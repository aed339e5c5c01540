namespace DxBot.Dialogs.Conversation;

/// <summary>
/// A topic dialog's result saying "this message was not for me": the main dialog routes the text afresh,
/// so a resident can change the subject at any prompt.
/// </summary>
/// <param name="AnsweredEntryId">
/// The entry the dialog showed before its prompt, if any: the message may be a follow-up on it (「いくつくらい？」 after
/// the city's online procedures).
/// </param>
public sealed record Reroute(string Text, string? AnsweredEntryId = null);
