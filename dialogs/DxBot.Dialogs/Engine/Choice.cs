namespace DxBot.Dialogs.Engine;

/// <summary>An option of a choice prompt and the other words that select it.</summary>
public sealed record Choice(string Value)
{
    public IReadOnlyList<string> Synonyms { get; init; } = [];
}
