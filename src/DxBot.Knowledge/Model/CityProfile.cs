namespace DxBot.Knowledge.Model;

/// <summary>A city the bot serves.</summary>
public sealed record CityProfile(string Id, string Name, string Prefecture, PlanInfo Plan)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The plan's contacts; the first is the default one.</summary>
    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    public Contact? ContactFor(string topic) =>
        Contacts.FirstOrDefault(c => c.Topics.Contains(topic)) ?? Contacts.FirstOrDefault();
}
