namespace DxBot.Knowledge.Loading;

/// <summary>Finds the knowledge files of one folder.</summary>
internal static class KnowledgeFolder
{
    public static IReadOnlyList<KnowledgeFile> Walk(string directory, ErrorLog errors)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            errors.Add(directory, 0, "知識フォルダが見つかりません。");
            return [];
        }

        var rootName = Path.GetFileName(Path.TrimEndingDirectorySeparator(root));
        // Hidden folders (.git, editors' swap files) are skipped by the default attributes to skip.
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        try
        {
            return Directory.EnumerateFiles(root, "*", options)
                .Select(path => Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'))
                // Sorted so that entry order, and ids that depend on it, are the same on every machine.
                .Order(StringComparer.Ordinal)
                .Select(relative => new KnowledgeFile(rootName, relative, Path.Combine(root, relative), KnowledgeFile.Classify(relative)))
                .Where(f => f.Kind != KnowledgeFileKind.Ignored)
                .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(directory, 0, $"知識フォルダを読めません: {ex.Message}");
            return [];
        }
    }
}
