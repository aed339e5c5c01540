namespace DxBot.Dialogs.Answers;

/// <summary>One message of an answer, and where the entry's body stopped when it did not fit (null: all of it shown).</summary>
/// <param name="ContinueFrom">How many sentences were shown, when some were left for 「詳しく」.</param>
/// <param name="Rest">The sentences left for 「詳しく」, in the order the answer was reading them: an answer leading with the
/// sentences that answer is not the body in its order, and counting off the body again would repeat some and skip others.</param>
public sealed record ComposedAnswer(string Text, int? ContinueFrom, IReadOnlyList<string>? Rest = null);
