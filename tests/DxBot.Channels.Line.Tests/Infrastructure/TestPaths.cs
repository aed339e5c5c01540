namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>Folders the tests read: LINE's contract beside the repository, and the repository's knowledge.</summary>
internal static class TestPaths
{
    public static string LineOpenApiFolder { get; } = FindUp(dir => Path.Combine(dir, "shared", "line-openapi"), path => File.Exists(Path.Combine(path, "messaging-api.yml")))
        ?? throw new DirectoryNotFoundException("shared/line-openapi was not found above " + AppContext.BaseDirectory);

    public static string KnowledgeFolder { get; } = FindUp(dir => Path.Combine(dir, "knowledge"), path => File.Exists(Path.Combine(path, "README.md")) && Directory.Exists(Path.Combine(path, "cities")))
        ?? throw new DirectoryNotFoundException("knowledge/ was not found above " + AppContext.BaseDirectory);

    private static string? FindUp(Func<string, string> candidate, Func<string, bool> accept)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = candidate(dir.FullName);
            if (accept(path))
            {
                return path;
            }
        }

        return null;
    }
}
