namespace DxBot.Channels.Teams.Cards;

/// <summary>A button that opens a web page.</summary>
public sealed record AdaptiveOpenUrlAction(string Title, string Url) : AdaptiveAction(Title);
