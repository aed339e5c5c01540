namespace DxBot.Cli.RichMenu;

/// <summary>One area of the rich menu: what it shows (label and a smaller caption) and the message a tap sends.</summary>
public sealed record RichMenuItem(string Label, string Text, string Caption);
