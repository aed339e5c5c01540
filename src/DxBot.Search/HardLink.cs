using System.Runtime.InteropServices;

namespace DxBot.Search;

/// <summary>
/// Hard links, so a generation can take over the files of an index part from the one before without copying and
/// syncing them again (Lucene never changes a file once written). .NET has no API for them; on a system or file
/// system without them the caller copies instead.
/// </summary>
internal static class HardLink
{
    /// <summary>Links every file of <paramref name="from"/> into the empty folder <paramref name="to"/>; false (and nothing left in it) when one cannot be linked.</summary>
    public static bool TryLinkFiles(string from, string to)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) || !Directory.Exists(from))
        {
            return false;
        }

        var linked = new List<string>();
        try
        {
            foreach (var file in Directory.GetFiles(from))
            {
                var target = Path.Combine(to, Path.GetFileName(file));
                if (link(file, target) != 0)
                {
                    Undo(linked);
                    return false;
                }

                linked.Add(target);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            Undo(linked);
            return false;
        }
    }

    /// <summary>Links one file to a new name; false when it cannot be linked (the caller then writes the file).</summary>
    public static bool TryLink(string from, string to)
    {
        if (!(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS()) || !File.Exists(from))
        {
            return false;
        }

        try
        {
            return link(from, to) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    private static void Undo(List<string> linked)
    {
        foreach (var file in linked)
        {
            File.Delete(file);
        }
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the project; on Unix a string is passed as UTF-8.
    [DllImport("libc", EntryPoint = "link", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int link(string oldPath, string newPath);
}
