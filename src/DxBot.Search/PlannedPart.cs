using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// One index part as a build will make it: its city, its entries in document order, where each entry stands in the
/// knowledge's list (so the list can be put together again from the parts' stored entries) and its fingerprint.
/// </summary>
internal sealed record PlannedPart(string City, List<KnowledgeEntry> Entries, int[] Positions, string Fingerprint);
