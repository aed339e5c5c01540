using System.Text.Json.Serialization;

namespace DxBot.Knowledge.Changes;

/// <summary>What a reindex did to one city's entries (or the national ones), each list in the order of the knowledge.</summary>
public sealed record CityChanges(IReadOnlyList<EntryChange> Added, IReadOnlyList<EntryChange> Removed, IReadOnlyList<EntryChange> Changed)
{
    [JsonIgnore]
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0 && Changed.Count == 0;
}
