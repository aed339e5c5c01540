using DxBot.Knowledge.Model;

namespace DxBot.Hosting;

/// <summary>Where a reindex gets its knowledge: the folders, read within the configured limits.</summary>
public interface IKnowledgeSource
{
    /// <summary>Reads the knowledge; problems are in <see cref="KnowledgeBase.Errors"/>, a missing folder included.</summary>
    KnowledgeBase Load();
}
