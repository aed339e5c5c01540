namespace DxBot.Dialogs.Conversation;

/// <summary>What the main dialog hands a topic dialog: the question, the city and what the router found.</summary>
public sealed record TopicRequest(string Question, string CityId, string? SubTopic = null, IReadOnlyList<string>? ProcedureIds = null);
