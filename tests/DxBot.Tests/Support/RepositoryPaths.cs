namespace DxBot.Tests.Support;

/// <summary>Finds the repository (the folder with DxBot.sln) and the shared folder beside it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Knowledge => Path.Combine(Root, "knowledge");

    /// <summary>The shared folder beside the clone, or $DXBOT_SHARED when the clone is a worktree elsewhere (as bench/imported/run.sh).</summary>
    public static string Shared =>
        Environment.GetEnvironmentVariable("DXBOT_SHARED") is { Length: > 0 } shared && Directory.Exists(shared) ? shared : Path.Combine(Root, "..", "shared");

    public static string Seeds => Path.Combine(Shared, "seeds");

    public static string DevEval => Path.Combine(Shared, "eval", "dev.jsonl");

    /// <summary>The built `dxbot` program of the same configuration as these tests.</summary>
    public static string DxBotDll
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
            return Path.Combine(Root, "src", "DxBot", "bin", configuration, "net10.0", "dxbot.dll");
        }
    }

    public static string NewTempFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "dxbot-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DxBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DxBot.sln not found above " + AppContext.BaseDirectory);
    }
}
