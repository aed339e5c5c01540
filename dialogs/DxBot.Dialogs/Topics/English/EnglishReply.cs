namespace DxBot.Dialogs.Topics.English;

/// <summary>An English reply: its messages (each within the length limit), whether it answered, and the topic matched.</summary>
public sealed record EnglishReply(IReadOnlyList<string> Messages, bool Answered, string? Topic);
