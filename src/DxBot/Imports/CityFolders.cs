namespace DxBot.Imports;

/// <summary>Where a city's knowledge lives: the `cities/ID` folder with its city.yaml, in the first knowledge folder that has one.</summary>
public static class CityFolders
{
    public static string? Find(IReadOnlyList<string> knowledgeFolders, string city) =>
        knowledgeFolders.Select(f => Path.Combine(f, "cities", city)).FirstOrDefault(f => File.Exists(Path.Combine(f, "city.yaml")));
}
