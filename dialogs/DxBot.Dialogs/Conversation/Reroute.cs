namespace DxBot.Dialogs.Conversation;

/// <summary>
/// A topic dialog's result saying "this message was not for me": the main dialog routes the text afresh,
/// so a resident can change the subject at any prompt.
/// </summary>
public sealed record Reroute(string Text);
