namespace DxBot.Dialogs.Topics.Handoff;

/// <summary>The result of a topic dialog that found no answer: the question, which 「職員に聞く」 then offers to send.</summary>
public sealed record UnansweredQuestion(string Question);
