namespace DxBot.Dialogs.Topics.Handoff;

/// <summary>What the main dialog hands the handoff dialog: the city and the question the bot could not answer, if any.</summary>
public sealed record HandoffRequest(string CityId, string? Question);
