using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Support;

/// <summary>The repository's own knowledge folder, loaded once: English answers are tested on the real data they word.</summary>
internal static class BundledKnowledge
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() => new KnowledgeLoader().Load([Folder()]));

    public static KnowledgeBase Base => Loaded.Value;

    private static string Folder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DxBot.sln")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new InvalidOperationException("The repository root (DxBot.sln) was not found above the test binaries.");
    }
}
