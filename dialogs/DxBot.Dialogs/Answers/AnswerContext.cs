namespace DxBot.Dialogs.Answers;

/// <summary>What an answer's wording depends on besides the entry: the length limit, today (in Japan) and the office to refer to.</summary>
public sealed record AnswerContext(int MaxLength, DateOnly Today, string Office);
