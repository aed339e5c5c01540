using DxBot.Knowledge.Model;

namespace DxBot.Hosting;

/// <summary>
/// Cities whose knowledge names no counter residents can turn to (no contact, or only internal bodies): their
/// answers can only say 「…の担当窓口」, which staff must fix in city.yaml, so it is said at start and in /admin/index.
/// </summary>
public static class ContactWarnings
{
    public static IReadOnlyList<string> Of(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        return knowledge.Cities.Values
            .Where(c => !c.HasPublicContact)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => $"city {c.Id}: no public contact for residents (only internal bodies or none in city.yaml contacts)")
            .ToList();
    }
}
