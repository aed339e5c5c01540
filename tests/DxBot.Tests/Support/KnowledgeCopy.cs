namespace DxBot.Tests.Support;

/// <summary>A private copy of the bundled knowledge that a test may break and mend.</summary>
internal sealed class KnowledgeCopy : IDisposable
{
    public KnowledgeCopy()
    {
        foreach (var file in Directory.GetFiles(RepositoryPaths.Knowledge, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(RepositoryPaths.Knowledge, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; } = RepositoryPaths.NewTempFolder();

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
