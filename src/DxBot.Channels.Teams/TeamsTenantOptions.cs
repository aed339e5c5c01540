namespace DxBot.Channels.Teams;

/// <summary>One tenant's binding (<c>Teams:Tenants:{tenantId}</c>).</summary>
public sealed class TeamsTenantOptions
{
    /// <summary>The city id (as in the knowledge folder) the tenant's staff work for.</summary>
    public string? City { get; set; }
}
