namespace DxBot.Import.Tests.Support;

/// <summary>
/// A knowledge folder as a new city starts out (issue #13): the national content (My Number guide, procedure catalog,
/// synonyms, the English layer) and each city's city.yaml, none of the hand-written city sections.
/// </summary>
internal sealed class CityProfilesOnly : IDisposable
{
    private readonly TempFolder _folder = new();

    /// <param name="withCities">False for the national content only: a knowledge folder before its first city.</param>
    public CityProfilesOnly(bool withCities = true)
    {
        var bundled = BundledKnowledge();
        foreach (var file in Directory.GetFiles(bundled, "*", SearchOption.AllDirectories))
        {
            var relative = System.IO.Path.GetRelativePath(bundled, file);
            var inCity = relative.StartsWith("cities" + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);
            // The English layer's city names refer to the cities: without cities it has nothing to name.
            var englishCities = relative == System.IO.Path.Combine("en", "cities.yaml");
            if ((inCity && (!withCities || System.IO.Path.GetFileName(file) != "city.yaml")) || (englishCities && !withCities))
            {
                continue;
            }

            var target = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Path => System.IO.Path.Combine(_folder.Path, "knowledge");

    public string Index => System.IO.Path.Combine(_folder.Path, "index");

    public string CityFolder(string city) => System.IO.Path.Combine(Path, "cities", city);

    public string Document(string name, byte[] bytes) => _folder.Write(name, bytes);

    public void Dispose() => _folder.Dispose();

    private static string BundledKnowledge()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DxBot.sln")))
            {
                return System.IO.Path.Combine(dir.FullName, "knowledge");
            }
        }

        throw new InvalidOperationException("DxBot.sln not found above " + AppContext.BaseDirectory);
    }
}
