namespace DxBot.Hosting;

/// <summary>Finds the bundled `knowledge/` folder whether the bot runs from the repository, `dotnet run` or a published folder.</summary>
public static class KnowledgeLocator
{
    public static string FindBundled()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "knowledge");
                if (File.Exists(Path.Combine(candidate, "README.md")) && Directory.Exists(Path.Combine(candidate, "cities")))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("The bundled knowledge folder was not found; give one with --knowledge or Knowledge__Folders__0.");
    }

    public static IReadOnlyList<string> Resolve(IReadOnlyList<string> folders) =>
        folders.Count == 0 ? [FindBundled()] : folders.Select(Path.GetFullPath).ToList();
}
