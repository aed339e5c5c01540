namespace DxBot.Dialogs.Engine;

/// <summary>The choice a user picked.</summary>
public sealed record FoundChoice(string Value, int Index);
