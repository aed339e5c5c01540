namespace DxBot.Knowledge.Model;

/// <summary>A dated session that administrators publish (the plans give no dates).</summary>
public sealed record SupportSession(string CityId, string Program, DateOnly Date, string Venue)
{
    public string? Time { get; init; }

    public string? Contact { get; init; }

    public string? Note { get; init; }
}
