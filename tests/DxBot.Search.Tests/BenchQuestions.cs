namespace DxBot.Search.Tests;

/// <summary>
/// The repository's own files the search tests run on: the bundled knowledge and the benchmark's questions, so that
/// what is compared before and after a change is what residents' messages reach.
/// </summary>
internal static class BenchQuestions
{
    /// <summary>Each question of <c>bench/load/questions.tsv</c> with its city.</summary>
    public static IEnumerable<(string City, string Question)> All() =>
        File.ReadLines(Path.Combine(RepositoryRoot(), "bench", "load", "questions.tsv"))
            .Where(l => !l.StartsWith('#') && l.Contains('\t'))
            .Select(l => l.Split('\t'))
            .Select(p => (p[0], p[1]));

    public static string KnowledgeFolder() => Path.Combine(RepositoryRoot(), "knowledge");

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DxBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (DxBot.sln) was not found.");
    }
}
