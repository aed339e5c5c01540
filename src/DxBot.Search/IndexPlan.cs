using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// How a generation divides the knowledge's entries: the parts, in document order, and the entries no part indexes
/// (no id, or an id already taken), with their places in the knowledge's list and why they were left out.
/// </summary>
internal sealed record IndexPlan(IReadOnlyList<PlannedPart> Parts, IReadOnlyList<KnowledgeEntry?> Loose, int[] LoosePositions, IReadOnlyList<KnowledgeError> Warnings);
