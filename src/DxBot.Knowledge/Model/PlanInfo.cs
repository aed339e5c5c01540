namespace DxBot.Knowledge.Model;

/// <summary>The city's DX plan as a document.</summary>
public sealed record PlanInfo(string Title)
{
    public string? Published { get; init; }

    public string? Period { get; init; }

    /// <summary>The source file in shared/seeds.</summary>
    public string? Seed { get; init; }
}
