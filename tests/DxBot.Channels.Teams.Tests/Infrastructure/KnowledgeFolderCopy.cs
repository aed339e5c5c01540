namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>A private copy of the bundled knowledge (and an index folder) that a test may add to.</summary>
internal sealed class KnowledgeFolderCopy : IDisposable
{
    private readonly string _root = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "dxbot-teams-knowledge-" + Guid.NewGuid().ToString("N"))).FullName;

    public KnowledgeFolderCopy()
    {
        var bundled = Bundled();
        foreach (var file in Directory.GetFiles(bundled, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(bundled, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder => Path.Combine(_root, "knowledge");

    public string Index => Path.Combine(_root, "index");

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A retiring generation may still be closing; the temp folder is cleaned by the OS eventually.
        }
    }

    private static string Bundled()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DxBot.sln")))
            {
                return Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new InvalidOperationException("DxBot.sln not found above " + AppContext.BaseDirectory);
    }
}
