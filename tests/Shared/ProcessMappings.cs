using System.Globalization;
using System.Text.RegularExpressions;

namespace DxBot.Tests.Shared;

/// <summary>What this test process has resident of the files it maps, from <c>/proc/self/smaps</c> (Linux).</summary>
internal static partial class ProcessMappings
{
    /// <summary>The resident KiB of this process's mappings of files with that name.</summary>
    public static long ResidentKiB(string fileName)
    {
        long total = 0;
        var inFile = false;
        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (MappingLine().IsMatch(line))
            {
                inFile = line.EndsWith("/" + fileName, StringComparison.Ordinal);
            }
            else if (inFile && line.StartsWith("Rss:", StringComparison.Ordinal))
            {
                total += long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    [GeneratedRegex("^[0-9a-f]+-[0-9a-f]+ ")]
    private static partial Regex MappingLine();
}
