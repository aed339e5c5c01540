namespace DxBot.Dialogs.Answers;

/// <summary>An unanswered question (already stripped of personal numbers by the privacy guard).</summary>
public sealed record UnansweredQuestion(DateTimeOffset At, string? CityId, string ChannelId, string Text);
