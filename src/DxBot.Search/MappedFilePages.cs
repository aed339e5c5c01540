using System.Globalization;
using System.Runtime.InteropServices;

namespace DxBot.Search;

/// <summary>
/// Unmaps from this process the pages of read-only shared file mappings (<c>madvise(MADV_DONTNEED)</c>): the file's
/// pages stay in the page cache and the mapping stays valid, so the next read of a page maps it again from there. Used
/// on MeCab's dictionary after an index build or a restore: both read it for every word of the knowledge, which left
/// 35 MiB of <c>sys.dic</c> in the process's resident memory, where the questions that follow need a fraction of it
/// (docs/benchmarks.md, issue #17's RSS goal). Only mappings that cannot be written (<c>r--s</c>) are touched, so no
/// page's content can be lost. Linux with glibc only; elsewhere nothing is done.
/// </summary>
internal static class MappedFilePages
{
    private const int MadviseDontNeed = 4;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MadviseFn(nint address, nuint length, int advice);

    private static readonly Lazy<MadviseFn?> Madvise = new(Bind);

    /// <summary>
    /// Unmaps the pages of every read-only shared mapping of a file directly in <paramref name="folder"/> (links in
    /// the folder's own path resolved as far as .NET resolves them); returns how many bytes of mappings were advised.
    /// </summary>
    public static long Release(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (Madvise.Value is not { } madvise || !File.Exists("/proc/self/maps"))
        {
            return 0;
        }

        var folders = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(folder).TrimEnd('/') };
        if (new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            folders.Add(Path.GetFullPath(target.FullName).TrimEnd('/'));
        }

        long advised = 0;
        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // "start-end perms offset dev inode   path"
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || fields[1] != "r--s" || Path.GetDirectoryName(fields[5].Trim()) is not { } directory || !folders.Contains(directory))
            {
                continue;
            }

            var range = fields[0].Split('-');
            var start = long.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = long.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (end > start && madvise((nint)start, (nuint)(end - start), MadviseDontNeed) == 0)
            {
                advised += end - start;
            }
        }

        return advised;
    }

    private static MadviseFn? Bind() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "madvise", out var export)
            ? Marshal.GetDelegateForFunctionPointer<MadviseFn>(export)
            : null;
}
