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

        // Hashed only when needed, once: the loader hands the same entry objects to the next generation for the files
        // it did not parse again, and the same object is the same content (entries are immutable). Hashing every entry
        // of both generations was the slowest step of a one-city reindex at 100× (about a second under load).
        var hashes = new Dictionary<KnowledgeEntry, string>(ReferenceEqualityComparer.Instance);
        string Hash(KnowledgeEntry entry) => hashes.TryGetValue(entry, out var hash) ? hash : hashes[entry] = EntryContentHash.Of(entry);

        var cities = new SortedDictionary<string, CityChanges>(StringComparer.Ordinal);
        foreach (var city in before.Keys.Union(after.Keys, StringComparer.Ordinal))
        {
            var changes = Compare(before.GetValueOrDefault(city) ?? [], after.GetValueOrDefault(city) ?? [], Hash);
            if (!changes.IsEmpty)
            {
                cities[city] = changes;
            }
        }

        return new KnowledgeChanges(cities);
    }

    private static Dictionary<string, Dictionary<string, (KnowledgeEntry Entry, int Order)>> Index(IReadOnlyList<KnowledgeEntry> entries)
    {
        var cities = new Dictionary<string, Dictionary<string, (KnowledgeEntry Entry, int Order)>>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var city = entry.CityId ?? National;
            if (!cities.TryGetValue(city, out var byId))
            {
                cities[city] = byId = new Dictionary<string, (KnowledgeEntry Entry, int Order)>(StringComparer.Ordinal);
            }

            // The loader makes ids unique; a duplicate would be a loader bug, and the first one wins here as in search.
            byId.TryAdd(entry.Id, (entry, byId.Count));
        }

        return cities;
    }

    private static CityChanges Compare(
        Dictionary<string, (KnowledgeEntry Entry, int Order)> before,
        Dictionary<string, (KnowledgeEntry Entry, int Order)> after,
        Func<KnowledgeEntry, string> hash)
    {
        bool Same(KnowledgeEntry one, KnowledgeEntry other) => ReferenceEquals(one, other) || hash(one) == hash(other);

        // Same id, same content: untouched.
        var oldLeft = before.Where(e => !(after.TryGetValue(e.Key, out var now) && Same(now.Entry, e.Value.Entry))).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        var newLeft = after.Where(e => !(before.TryGetValue(e.Key, out var then) && Same(then.Entry, e.Value.Entry))).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

        // Same content under another id (a section renumbered because one above it was deleted or inserted): untouched.
        // Paired by hash in file order, one to one.
        var oldByHash = oldLeft.OrderBy(e => e.Value.Order).GroupBy(e => hash(e.Value.Entry)).ToDictionary(g => g.Key, g => new Queue<string>(g.Select(e => e.Key)));
        foreach (var (id, value) in newLeft.OrderBy(e => e.Value.Order).ToList())
        {
            if (oldByHash.TryGetValue(hash(value.Entry), out var ids) && ids.Count > 0)
            {
                oldLeft.Remove(ids.Dequeue());
                newLeft.Remove(id);
            }
        }

        var changed = newLeft.Where(e => oldLeft.ContainsKey(e.Key))
            .OrderBy(e => e.Value.Order).Select(e => new EntryChange(e.Key, e.Value.Entry.Title, hash(e.Value.Entry), hash(oldLeft[e.Key].Entry))).ToList();
        var added = newLeft.Where(e => !oldLeft.ContainsKey(e.Key))
            .OrderBy(e => e.Value.Order).Select(e => new EntryChange(e.Key, e.Value.Entry.Title, hash(e.Value.Entry))).ToList();
        var removed = oldLeft.Where(e => !newLeft.ContainsKey(e.Key))
            .OrderBy(e => e.Value.Order).Select(e => new EntryChange(e.Key, e.Value.Entry.Title, hash(e.Value.Entry))).ToList();
        return new CityChanges(added, removed, changed);
    }
}
