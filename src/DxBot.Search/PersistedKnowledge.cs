using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// The knowledge a generation was built from, written beside its index so the generation can be served again after a
/// restart without the knowledge folders (which may be missing, or broken, at that moment). The entries of each index
/// part are in a file of their own (<see cref="EntryFiles"/>), so a reindex writes only the changed parts' entries and
/// links the others; <see cref="Knowledge"/> then holds the entries no part indexes.
/// </summary>
internal sealed record PersistedKnowledge(DateTimeOffset BuiltAt, KnowledgeBase Knowledge)
{
    public const string FileName = "knowledge.json";

    /// <summary>
    /// What the generation was built from and with (<see cref="KnowledgeFingerprint"/>); a start whose knowledge and
    /// program give the same keeps the generation instead of rebuilding it. Null in generations written before it.
    /// </summary>
    public string? Fingerprint { get; init; }

    /// <summary>
    /// The SHA-256 of each part's entries file (<see cref="EntriesFileName"/>), in part order; null in generations
    /// that kept every entry in <see cref="Knowledge"/>.
    /// </summary>
    public IReadOnlyList<string>? EntryFiles { get; init; }

    /// <summary>
    /// The knowledge's entry list as runs of [part, first, count] (part -1: <see cref="Knowledge"/>'s entries), in the
    /// knowledge's order, so that the list is the one loaded, not the parts' order.
    /// </summary>
    public IReadOnlyList<int[]>? Order { get; init; }

    public static string EntriesFileName(int part) => $"entries-{part.ToString("D3", System.Globalization.CultureInfo.InvariantCulture)}.json";
}
