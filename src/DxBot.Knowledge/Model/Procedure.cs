namespace DxBot.Knowledge.Model;

/// <summary>A procedure of the national list for online application.</summary>
public sealed record Procedure(string Id, string Category, string Name, string Authority)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    public bool IsPrefectural => Authority == "prefecture";
}
