namespace DxBot.Tests.Shared;

/// <summary>
/// A test host's own database and key ring in a folder of the test's: left to the defaults they are written under the
/// project's folder (src/DxBot/data) and kept between runs, with one test's hand-off channel in them for the next.
/// </summary>
internal static class ScratchDatabase
{
    public static IReadOnlyDictionary<string, string> Settings(string folder) => new Dictionary<string, string>
    {
        ["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "dxbot.db")}",
        ["Database:KeysFolder"] = Path.Combine(folder, "keys"),
    };
}
