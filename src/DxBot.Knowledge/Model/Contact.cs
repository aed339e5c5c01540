namespace DxBot.Knowledge.Model;

/// <summary>A city office residents can be referred to, as the plan gives it.</summary>
public sealed record Contact(string Department)
{
    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>A fax number, where the plan gives one: the written way to ask for residents who cannot phone.</summary>
    public string? Fax { get; init; }

    public string? Url { get; init; }

    /// <summary>
    /// A body the plan names as running its DX (a committee such as 「行方市DX推進本部」), not a counter residents can
    /// go to or call: kept for staff, never given to residents as the office to ask (city.yaml <c>internal: true</c>).
    /// </summary>
    public bool Internal { get; init; }

    /// <summary>What the office answers for: dx, mynumber, support, procedures (empty: anything).</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];
}
