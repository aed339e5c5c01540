namespace DxBot.Channels.Teams.Cards;

/// <summary>The card's Teams-only settings; "Full" width keeps long Japanese answers from wrapping into a narrow column.</summary>
public sealed record AdaptiveCardTeamsSettings(string Width);
