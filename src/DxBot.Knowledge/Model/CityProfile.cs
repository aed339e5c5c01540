namespace DxBot.Knowledge.Model;

/// <summary>A city the bot serves.</summary>
public sealed record CityProfile(string Id, string Name, string Prefecture, PlanInfo Plan)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The plan's contacts; the first is the default one.</summary>
    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    /// <summary>The counters residents can be referred to: the plan's contacts less its internal bodies.</summary>
    public IEnumerable<Contact> PublicContacts => Contacts.Where(c => !c.Internal);

    /// <summary>Whether the knowledge names any counter a resident can turn to; if not, the host warns (admin and log).</summary>
    public bool HasPublicContact => PublicContacts.Any();

    /// <summary>The public counter for a topic, else the first public one; null when the plan names none.</summary>
    public Contact? ContactFor(string topic) =>
        PublicContacts.FirstOrDefault(c => c.Topics.Contains(topic)) ?? PublicContacts.FirstOrDefault();
}
