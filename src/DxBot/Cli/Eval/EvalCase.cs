using System.Text.Json.Serialization;

namespace DxBot.Cli.Eval;

/// <summary>One answer-quality case (the format of shared/eval/README.md).</summary>
public sealed record EvalCase
{
    public string Id { get; init; } = "";

    public string? City { get; init; }

    public string Channel { get; init; } = "line";

    [JsonPropertyName("q")]
    public string? Question { get; init; }

    public IReadOnlyList<string>? Turns { get; init; }

    public IReadOnlyList<IReadOnlyList<string>> Expect { get; init; } = [];

    public IReadOnlyList<string> Forbid { get; init; } = [];

    public bool Fallback { get; init; }

    public IReadOnlyList<string> Messages => Turns ?? (Question is null ? [] : [Question]);
}
