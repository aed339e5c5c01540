namespace DxBot.Dialogs.Routing;

/// <summary>How a message reads in the conversation: the text to route and search, and the aspect asked if it follows up.</summary>
/// <param name="Text">The message, or the previous question and the message when it refers back.</param>
/// <param name="Slot">What it asks about the previous subject (fee, place, when…), when it is such a follow-up.</param>
/// <param name="Subject">The previous question it refers to, when it refers to one.</param>
/// <param name="Context">
/// The previous question, when a short message neither points back nor clearly stands alone (「令和5年度の目標は？」):
/// whether it is about that subject is for the answer to decide, by what the knowledge holds.
/// </param>
public sealed record FollowUp(string Text, FollowUpSlot? Slot = null, string? Subject = null, string? Context = null);
