using System.Text.Json.Serialization;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Changes;

/// <summary>
/// What changed between the generation in service and the one that replaced it: entries added, removed and changed,
/// per city ("national" for entries of no city), compared by entry id and content hash. Entry ids of a Markdown file
/// are section numbers, so deleting one section renumbers those below it; an entry whose content is found unchanged
/// under another id of the same city is therefore not reported, and only the section really deleted is "removed".
/// </summary>
public sealed record KnowledgeChanges(IReadOnlyDictionary<string, CityChanges> Cities)
{
    public const string National = "national";

    public static KnowledgeChanges None { get; } = new(new Dictionary<string, CityChanges>());

    public int Added => Cities.Values.Sum(c => c.Added.Count);

    public int Removed => Cities.Values.Sum(c => c.Removed.Count);

    public int Changed => Cities.Values.Sum(c => c.Changed.Count);

    [JsonIgnore]
    public bool IsEmpty => Added == 0 && Removed == 0 && Changed == 0;

    /// <summary>Compares two generations' entries; only cities with a change are listed, each list in the order of the knowledge.</summary>
    public static KnowledgeChanges Between(IReadOnlyList<KnowledgeEntry> previous, IReadOnlyList<KnowledgeEntry> next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        var before = Index(previous);
        var after = Index(next);
        var cities = new SortedDictionary<string, CityChanges>(StringComparer.Ordinal);
        foreach (var city in before.Keys.Union(after.Keys, StringComparer.Ordinal))
        {
            var changes = Compare(before.GetValueOrDefault(city) ?? [], after.GetValueOrDefault(city) ?? []);
            if (!changes.IsEmpty)
            {
                cities[city] = changes;
            }
        }

        return new KnowledgeChanges(cities);
    }

    private static Dictionary<string, Dictionary<string, (string Title, string Hash, int Order)>> Index(IReadOnlyList<KnowledgeEntry> entries)
    {
        var cities = new Dictionary<string, Dictionary<string, (string Title, string Hash, int Order)>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var city = entry.CityId ?? National;
            if (!cities.TryGetValue(city, out var byId))
            {
                cities[city] = byId = new Dictionary<string, (string Title, string Hash, int Order)>(StringComparer.Ordinal);
            }

            // The loader makes ids unique; a duplicate would be a loader bug, and the first one wins here as in search.
            byId.TryAdd(entry.Id, (entry.Title, EntryContentHash.Of(entry), byId.Count));
        }

        return cities;
    }

    private static CityChanges Compare(Dictionary<string, (string Title, string Hash, int Order)> before, Dictionary<string, (string Title, string Hash, int Order)> after)
    {
        // Same id, same content: untouched.
        var oldLeft = before.Where(e => !(after.TryGetValue(e.Key, out var now) && now.Hash == e.Value.Hash)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var newLeft = after.Where(e => !(before.TryGetValue(e.Key, out var then) && then.Hash == e.Value.Hash)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

        // Same content under another id (a section renumbered because one above it was deleted or inserted): untouched.
        // Paired by hash in file order, one to one.
        var oldByHash = oldLeft.OrderBy(e => e.Value.Order).GroupBy(e => e.Value.Hash).ToDictionary(g => g.Key, g => new Queue<string>(g.Select(e => e.Key)));
        foreach (var (id, value) in newLeft.OrderBy(e => e.Value.Order).ToList())
        {
            if (oldByHash.TryGetValue(value.Hash, out var ids) && ids.Count > 0)
            {
                oldLeft.Remove(ids.Dequeue());
                newLeft.Remove(id);
            }
        }

        var changed = newLeft.Where(e => oldLeft.ContainsKey(e.Key))
            .OrderBy(e => e.Value.Order).Select(e => new EntryChange(e.Key, e.Value.Title, e.Value.Hash, oldLeft[e.Key].Hash)).ToList();
        var added = newLeft.Where(e => !oldLeft.ContainsKey(e.Key))
            .OrderBy(e => e.Value.Order).Select(e => new EntryChange(e.Key, e.Value.Title, e.Value.Hash)).ToList();
        var removed = oldLeft.Where(e => !newLeft.ContainsKey(e.Key))
            .OrderBy(e => e.Value.Order).Select(e => new EntryChange(e.Key, e.Value.Title, e.Value.Hash)).ToList();
        return new CityChanges(added, removed, changed);
    }
}
