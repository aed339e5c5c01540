namespace DxBot.Dialogs.Answers;

/// <summary>One unanswered question as the report ranks it: the same wording in one city, counted.</summary>
public sealed record UnansweredGroup(string? CityId, string Text, int Count, DateTimeOffset LastSeen);
