namespace DxBot.Knowledge.Model;

/// <summary>A piece of English text and where its facts come from.</summary>
/// <param name="Source">The citation, as in the Japanese knowledge (national source, or the plan's section).</param>
public sealed record EnglishText(string Topic, string Text, string Source)
{
    /// <summary>For a plan's target: the fiscal year it was set for (2025 for 令和7年度), so a passed one is said so.</summary>
    public int? FiscalYear { get; init; }
}
