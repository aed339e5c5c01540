namespace DxBot.Dialogs.Conversation;

/// <summary>What the bot remembers about a user across conversations.</summary>
public sealed class UserProfile
{
    /// <summary>The city the user chose last.</summary>
    public string? CityId { get; set; }
}
