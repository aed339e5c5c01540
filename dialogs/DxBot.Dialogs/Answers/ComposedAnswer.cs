namespace DxBot.Dialogs.Answers;

/// <summary>One message of an answer, and where the entry's body stopped when it did not fit (null: all of it shown).</summary>
public sealed record ComposedAnswer(string Text, int? ContinueFrom);
