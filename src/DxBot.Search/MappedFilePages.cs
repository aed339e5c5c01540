using System.Globalization;
using System.Runtime.InteropServices;

namespace DxBot.Search;

/// <summary>
/// Unmaps from this process the pages of read-only shared file mappings (<c>madvise(MADV_DONTNEED)</c>): the file's
/// pages stay valid to read, so the next read of a page maps it again. Used on MeCab's dictionary after an index build
/// or a restore: both read it for every word of the knowledge, which left 35 MiB of <c>sys.dic</c> in the process's
/// resident memory, where the questions that follow need a fraction of it (docs/benchmarks.md, issue #17's RSS goal).
/// Only mappings that cannot be written (<c>r--s</c>) are touched, so no page's content can be lost. Linux with glibc
/// only; elsewhere nothing is done.
/// <para>
/// Unmapping alone left 24 MiB of <c>sys.dic</c> mapped again after the benchmark's 95 questions, from about 400 page
/// faults: on a fault the kernel maps every page of the file around it (64 KB) that is in the page cache, and reads
/// ahead around it into the cache. So the release also asks for random access on the mapping (<c>MADV_RANDOM</c>: a
/// fault reads its own page only) and drops the file's pages that no process maps from the page cache
/// (<c>posix_fadvise(POSIX_FADV_DONTNEED)</c>, clean pages only: they are read again from the file when needed):
/// afterwards a fault maps little more than the pages the questions read, 6.4 MiB after the same 95 questions with a
/// dictionary no other process maps. <see cref="PrepareForReading"/> asks for read-ahead again before a build reads
/// the whole dictionary.
/// </para>
/// </summary>
internal static class MappedFilePages
{
    private const int MadviseNormal = 0;
    private const int MadviseRandom = 1;
    private const int MadviseDontNeed = 4;
    private const int FadviseDontNeed = 4;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MadviseFn(nint address, nuint length, int advice);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int FadviseFn(int fd, long offset, long length, int advice);

    private static readonly Lazy<(MadviseFn Madvise, FadviseFn Fadvise)?> Libc = new(Bind);

    /// <summary>
    /// Unmaps the pages of every read-only shared mapping of a file directly in <paramref name="folder"/> (links in
    /// the folder's own path resolved as far as .NET resolves them), asks for random access on them and drops those
    /// files' unmapped pages from the page cache; returns how many bytes of mappings were advised.
    /// </summary>
    public static long Release(string folder)
    {
        if (Libc.Value is not { } libc)
        {
            return 0;
        }

        long advised = 0;
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, length, file) in Mappings(folder))
        {
            libc.Madvise(start, length, MadviseRandom);
            if (libc.Madvise(start, length, MadviseDontNeed) == 0)
            {
                advised += (long)length;
                files.Add(file);
            }
        }

        foreach (var file in files)
        {
            try
            {
                using var handle = File.OpenHandle(file);
                libc.Fadvise((int)handle.DangerousGetHandle(), 0, 0, FadviseDontNeed);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Only the page cache is left as it was: what the process maps was released all the same.
            }
        }

        return advised;
    }

    /// <summary>
    /// Unmaps the pages of every read-only shared mapping of a file directly in <paramref name="folder"/>, as
    /// <see cref="Release"/> does, but leaves the access advice and the page cache as they are: a page read afterwards is
    /// mapped again from the cache (with the pages around it), never read from the disk. For a release while residents
    /// are answered, where <see cref="Release"/> made each of their parses read its pages from the disk one by one
    /// (docs/benchmarks.md). Returns how many bytes of mappings were advised.
    /// </summary>
    public static long Unmap(string folder) => Advise(folder, MadviseDontNeed);

    /// <summary>
    /// Asks for normal access (read-ahead) again on the read-only shared mappings of the files in
    /// <paramref name="folder"/>, before a build reads most of them: page by page, after <see cref="Release"/>, that
    /// would be one read of the disk a page. Returns how many bytes of mappings were advised.
    /// </summary>
    public static long PrepareForReading(string folder) => Advise(folder, MadviseNormal);

    /// <summary>Gives every read-only shared mapping of the folder's files one advice; returns the bytes it was taken for.</summary>
    private static long Advise(string folder, int advice)
    {
        if (Libc.Value is not { } libc)
        {
            return 0;
        }

        long advised = 0;
        foreach (var (start, length, _) in Mappings(folder))
        {
            if (libc.Madvise(start, length, advice) == 0)
            {
                advised += (long)length;
            }
        }

        return advised;
    }

    private static List<(nint Start, nuint Length, string File)> Mappings(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var mappings = new List<(nint, nuint, string)>();
        if (!File.Exists("/proc/self/maps"))
        {
            return mappings;
        }

        var folders = new HashSet<string>(StringComparer.Ordinal) { Path.GetFullPath(folder).TrimEnd('/') };
        if (new DirectoryInfo(folder).ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            folders.Add(Path.GetFullPath(target.FullName).TrimEnd('/'));
        }

        foreach (var line in File.ReadLines("/proc/self/maps"))
        {
            // "start-end perms offset dev inode   path"
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 6 || fields[1] != "r--s" || fields[5].Trim() is not { } file || Path.GetDirectoryName(file) is not { } directory || !folders.Contains(directory))
            {
                continue;
            }

            var range = fields[0].Split('-');
            var start = long.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var end = long.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            if (end > start)
            {
                mappings.Add(((nint)start, (nuint)(end - start), file));
            }
        }

        return mappings;
    }

    private static (MadviseFn, FadviseFn)? Bind() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc)
            && NativeLibrary.TryGetExport(libc, "madvise", out var madvise) && NativeLibrary.TryGetExport(libc, "posix_fadvise", out var fadvise)
            ? (Marshal.GetDelegateForFunctionPointer<MadviseFn>(madvise), Marshal.GetDelegateForFunctionPointer<FadviseFn>(fadvise))
            : null;
}
