namespace DxBot.Knowledge.Model;

/// <summary>A city office residents can be referred to, as the plan gives it.</summary>
public sealed record Contact(string Department)
{
    public string? Phone { get; init; }

    public string? Email { get; init; }

    public string? Url { get; init; }

    /// <summary>What the office answers for: dx, mynumber, support, procedures (empty: anything).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
}
