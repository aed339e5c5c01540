namespace DxBot.Channels.Teams.Cards;

/// <summary>A button that posts its data back to the bot.</summary>
public sealed record AdaptiveSubmitAction(string Title, CardSubmitData Data) : AdaptiveAction(Title);
