namespace DxBot.Knowledge.Model;

/// <summary>A digital-support measure a city's plan describes (スマホ教室, 相談会…).</summary>
public sealed record SupportProgram(string CityId, string Title, string Kind, string Description, Citation Source)
{
    public IReadOnlyList<string> Partners { get; init; } = [];

    /// <summary>The plan's target, already phrased as a target.</summary>
    public string? Target { get; init; }
}
