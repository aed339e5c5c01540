namespace DxBot.Dialogs.Conversation;

/// <summary>
/// A topic dialog's result saying "this message was not for me": the main dialog routes the text afresh,
/// so a resident can change the subject at any prompt.
/// </summary>
/// <param name="Hops">How many times this message was already routed afresh in this turn.</param>
public sealed record Reroute(string Text, int Hops = 0);
