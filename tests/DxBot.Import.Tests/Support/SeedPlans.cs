namespace DxBot.Import.Tests.Support;

/// <summary>The five cities' plan texts in ../shared/seeds beside the repository.</summary>
internal static class SeedPlans
{
    /// <summary>The seed whose file name starts with <paramref name="prefix"/> (000_ 対馬市 … 004_ 五所川原市).</summary>
    public static string Path(string prefix)
    {
        // A worktree kept elsewhere than beside ../shared names the shared folder (as bench/imported/run.sh reads it).
        if (Environment.GetEnvironmentVariable("DXBOT_SHARED") is { Length: > 0 } shared && Directory.Exists(System.IO.Path.Combine(shared, "seeds")))
        {
            return Directory.GetFiles(System.IO.Path.Combine(shared, "seeds"), prefix + "*.txt").Single();
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var seeds = System.IO.Path.Combine(dir.FullName, "..", "shared", "seeds");
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DxBot.sln")) && Directory.Exists(seeds))
            {
                return Directory.GetFiles(seeds, prefix + "*.txt").Single();
            }
        }

        throw new InvalidOperationException("../shared/seeds not found beside the repository.");
    }
}
