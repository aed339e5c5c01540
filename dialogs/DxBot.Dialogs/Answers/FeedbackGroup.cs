namespace DxBot.Dialogs.Answers;

/// <summary>Residents' verdicts on one answer (an entry title), with a question it was given for.</summary>
public sealed record FeedbackGroup(string EntryTitle, int Helpful, int NotHelpful, string SampleQuestion, DateTimeOffset LastSeen);
