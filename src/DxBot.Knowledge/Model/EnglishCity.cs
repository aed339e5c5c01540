namespace DxBot.Knowledge.Model;

/// <summary>A city's English wording: its names, its plan, and summaries of what exists only in Japanese otherwise.</summary>
public sealed record EnglishCity(string Id, string Name, string Prefecture, string PlanTitle, string Period)
{
    /// <summary>English names of the plan's contact departments, keyed by the Japanese name in city.yaml.</summary>
    public IReadOnlyDictionary<string, string> Departments { get; init; } = new Dictionary<string, string>();

    /// <summary>What the plan says about online procedures overall, in English (cited like the `*` row).</summary>
    public EnglishText? Online { get; init; }

    /// <summary>What the plan says about paying the city without cash (taxes, fees), in English.</summary>
    public EnglishText? Payment { get; init; }

    /// <summary>The plan's main targets, in English.</summary>
    public IReadOnlyList<EnglishText> Goals { get; init; } = [];

    /// <summary>English gist of each support program, keyed by its Japanese title in support.yaml.</summary>
    public IReadOnlyDictionary<string, string> Support { get; init; } = new Dictionary<string, string>();
}
