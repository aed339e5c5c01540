namespace DxBot.Tests.Shared;

/// <summary>One recorded measurement and its tags (values as strings).</summary>
internal sealed record MetricMeasurement(string Instrument, double Value, IReadOnlyDictionary<string, string?> Tags)
{
    public string? this[string tag] => Tags.GetValueOrDefault(tag);

    public override string ToString() => $"{Instrument} {Value} {{{string.Join(", ", Tags.Select(t => $"{t.Key}={t.Value}"))}}}";
}
