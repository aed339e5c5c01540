using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// The knowledge a generation was built from, written beside its index so the generation can be served again after a
/// restart without the knowledge folders (which may be missing, or broken, at that moment).
/// </summary>
internal sealed record PersistedKnowledge(DateTimeOffset BuiltAt, KnowledgeBase Knowledge)
{
    public const string FileName = "knowledge.json";

    /// <summary>
    /// What the generation was built from and with (<see cref="KnowledgeFingerprint"/>); a start whose knowledge and
    /// program give the same keeps the generation instead of rebuilding it. Null in generations written before it.
    /// </summary>
    public string? Fingerprint { get; init; }
}
