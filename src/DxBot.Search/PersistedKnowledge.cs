using DxBot.Knowledge.Model;

namespace DxBot.Search;

/// <summary>
/// The knowledge a generation was built from, written beside its index so the generation can be served again after a
/// restart without the knowledge folders (which may be missing, or broken, at that moment).
/// </summary>
internal sealed record PersistedKnowledge(DateTimeOffset BuiltAt, KnowledgeBase Knowledge)
{
    public const string FileName = "knowledge.json";
}
