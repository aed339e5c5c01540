namespace DxBot.Handoff;

/// <summary>One stored request. <see cref="Question"/> has any 12-digit number masked; the resident's id is never in it.</summary>
public sealed record HandoffRecord(
    string Id,
    string City,
    string Channel,
    string Question,
    string State,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AnsweredAt,
    string? Department,
    string? Answer,
    string? CardActivityId,
    DateTimeOffset? RemindedAt,
    string? KnowledgeFile);
