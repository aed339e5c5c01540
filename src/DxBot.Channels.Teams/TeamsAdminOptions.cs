namespace DxBot.Channels.Teams;

/// <summary>Who may run staff administration commands from Teams (configuration section <c>Admin</c>).</summary>
public sealed class TeamsAdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>Entra ID object ids of the administrators (the activity's <c>from.aadObjectId</c>).</summary>
    public List<string> Users { get; set; } = [];
}
