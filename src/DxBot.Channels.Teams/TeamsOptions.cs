namespace DxBot.Channels.Teams;

/// <summary>Teams-specific settings (configuration section <c>Teams</c>).</summary>
public sealed class TeamsOptions
{
    public const string SectionName = "Teams";

    /// <summary>Each Microsoft 365 tenant (by tenant id) a city's staff use, and the city it is bound to.</summary>
    public Dictionary<string, TeamsTenantOptions> Tenants { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether replies keep their plain text in the activity's <c>text</c> beside the card. Teams shows such an activity
    /// as two messages (the text, then the card); turn this off to show the card alone.
    /// </summary>
    public bool SendTextWithCard { get; set; } = true;

    /// <summary>The city a tenant is bound to, or null when the tenant is unknown or has no city.</summary>
    public string? CityOf(string? tenantId) =>
        tenantId is not null && Tenants.TryGetValue(tenantId, out var tenant) && !string.IsNullOrWhiteSpace(tenant.City)
            ? tenant.City.Trim()
            : null;
}
