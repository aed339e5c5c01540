namespace DxBot.Dialogs.Topics.Feedback;

/// <summary>What the main dialog hands the feedback dialog: the verdict and the conversation's city (if known).</summary>
public sealed record FeedbackRequest(bool Helpful, string? CityId);
