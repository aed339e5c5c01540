using System.Runtime.CompilerServices;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// What turns asked of a generation's entries by reading all of them: whether a city has hand-written entries (of a
/// topic) or imported ones, the entry a conversation answered by its id, a topic's entries of one category. Each question read every
/// entry again — with <see cref="ImportedPassage.IsImported"/> making a file name per entry — which on the 100×
/// knowledge (32,000 entries) was a quarter of a LINE turn's CPU (docs/benchmarks.md). A <see cref="KnowledgeBase"/> is
/// immutable and swapped whole on reindex, so its lookups are made once, on first use, and kept as long as it is.
/// Every answer is the scan's: the same entries, in the knowledge's order.
/// </summary>
internal sealed class EntryLookup
{
    private static readonly ConditionalWeakTable<KnowledgeBase, EntryLookup> Lookups = new();

    private readonly HashSet<string> citiesWithWrittenEntries = new(StringComparer.Ordinal);
    private readonly HashSet<string> citiesWithImportedEntries = new(StringComparer.Ordinal);
    private readonly HashSet<(string? City, string Topic)> writtenTopics = [];
    private readonly Dictionary<string, List<KnowledgeEntry>> byId = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Topic, string? Category), List<KnowledgeEntry>> byTopicAndCategory = [];
    private readonly bool nationalWrittenEntries;

    private EntryLookup(KnowledgeBase knowledge)
    {
        foreach (var entry in knowledge.Entries)
        {
            if (!ImportedPassage.IsImported(entry))
            {
                if (entry.CityId is { } city)
                {
                    citiesWithWrittenEntries.Add(city);
                }
                else
                {
                    nationalWrittenEntries = true;
                }

                writtenTopics.Add((entry.CityId, entry.Topic));
            }
            else if (entry.CityId is { } city)
            {
                citiesWithImportedEntries.Add(city);
            }

            if (entry.Id is { } id)
            {
                Add(byId, id, entry);
            }

            Add(byTopicAndCategory, (entry.Topic, entry.Category), entry);
        }
    }

    public static EntryLookup For(KnowledgeBase knowledge) => Lookups.GetValue(knowledge, static k => new EntryLookup(k));

    /// <summary>Whether some entry of the city (national when null) is not imported: <c>Entries.Any(e =&gt; e.CityId == city &amp;&amp; !IsImported(e))</c>.</summary>
    public bool HasWrittenEntries(string? cityId) => cityId is null ? nationalWrittenEntries : citiesWithWrittenEntries.Contains(cityId);

    /// <summary>Whether the city has an imported document: <c>Entries.Any(e =&gt; e.CityId == city &amp;&amp; IsImported(e))</c>.</summary>
    public bool HasImportedEntries(string cityId) => citiesWithImportedEntries.Contains(cityId);

    /// <summary>The same for the city's entries of one topic.</summary>
    public bool HasWrittenEntries(string? cityId, string topic) => writtenTopics.Contains((cityId, topic));

    /// <summary>The entries with this id, in the knowledge's order (a duplicate id is a knowledge error, but kept here as the list has it).</summary>
    public IReadOnlyList<KnowledgeEntry> WithId(string? id) => id is not null && byId.TryGetValue(id, out var entries) ? entries : [];

    /// <summary>The entries of a topic and category, in the knowledge's order.</summary>
    public IReadOnlyList<KnowledgeEntry> OfTopic(string topic, string? category) =>
        byTopicAndCategory.TryGetValue((topic, category), out var entries) ? entries : [];

    private static void Add<TKey>(Dictionary<TKey, List<KnowledgeEntry>> table, TKey key, KnowledgeEntry entry)
        where TKey : notnull
    {
        if (!table.TryGetValue(key, out var entries))
        {
            table[key] = entries = [];
        }

        entries.Add(entry);
    }
}
