namespace DxBot.LoadBench;

/// <summary>
/// Makes an N× copy of the bundled knowledge: every city's Markdown sections N times under new file names (so
/// entry ids stay distinct), while city.yaml, the catalog, procedures.csv and support.yaml stay single — copying those
/// would be duplicate cities and procedures, which the loader rightly reports as errors.
/// </summary>
internal static class KnowledgeReplicator
{
    public static string Replicate(string knowledge, string scratch, int times)
    {
        var target = Path.Combine(scratch, $"knowledge-{times}x");
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(knowledge, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(knowledge, file);
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
            if (!IsCitySection(relative))
            {
                continue;
            }

            for (var copy = 2; copy <= times; copy++)
            {
                File.Copy(file, Path.Combine(Path.GetDirectoryName(destination)!, $"{Path.GetFileNameWithoutExtension(file)}-r{copy}.md"));
            }
        }

        return target;
    }

    /// <summary>An administrator's edit of one city: a section appended to one of 半田市's files (a new one each call).</summary>
    public static void EditOneCity(string replicated)
    {
        var file = Path.Combine(replicated, "cities", "handa", "online.md");
        var stamp = DateTime.UtcNow.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        File.AppendAllText(file, $"\n## 窓口のお知らせ {stamp}\n市民課の窓口の受付時間が変わりました（お知らせ {stamp}）。\n出典: 第三章1(1)\n");
    }

    private static bool IsCitySection(string relative)
    {
        var parts = relative.Split(Path.DirectorySeparatorChar);
        return parts.Length == 3 && parts[0] == "cities" && parts[2].EndsWith(".md", StringComparison.OrdinalIgnoreCase);
    }
}
