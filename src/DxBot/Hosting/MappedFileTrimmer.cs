using System.Globalization;
using System.Runtime.InteropServices;

namespace DxBot.Hosting;

/// <summary>
/// Takes the pages of the process's read-only file mappings out of its page tables (<c>madvise(MADV_DONTNEED)</c>):
/// the assemblies' ReadyToRun code and metadata, the runtime's and native libraries, MeCab's dictionary, the JIT's
/// executable view of its code. Most of what start-up touched there (configuration, dependency injection, code later
/// replaced by the JIT's optimized tier) is never read again, yet stays counted in the resident set: 122 MiB of the
/// 1× bot's 243 MiB peak was file-backed (issue #17's RSS ≤ 250 MB, docs/benchmarks.md). A page read afterwards is
/// mapped again from the page cache by the kernel (a minor fault, with the cached pages around it), so only what is
/// still used comes back. The page cache itself is left alone: the pages stay cached until the kernel needs the memory.
/// <para>
/// No page's content can be lost: a shared mapping (<c>r--s</c>, <c>r-xs</c>) keeps its pages in its file or memory
/// object, and a private one (<c>r--p</c>, <c>r-xp</c>) is advised only when it holds no private copy of a page
/// (smaps' <c>Anonymous: 0 kB</c>: a relocated page of an image is a private copy, which the advice would throw away)
/// and looked exactly the same, range, protection, file and offset, in the scan before: the loader writes an image's
/// relocations within moments of mapping it, so a mapping that stayed unwritten for a whole interval is not one it is
/// still writing. Writable mappings are never touched. Linux with glibc only.
/// </para>
/// </summary>
internal sealed class MappedFileTrimmer
{
    private const int MadviseDontNeed = 4;

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate int MadviseFn(nint address, nuint length, int advice);

    private static readonly Lazy<MadviseFn?> Madvise = new(Bind);

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdef");

    private HashSet<Mapping> _unwritten = [];

    /// <summary>Whether this process can be trimmed (Linux, glibc's <c>madvise</c>, <c>/proc/self/smaps</c>).</summary>
    public static bool IsAvailable => Madvise.Value is not null && File.Exists("/proc/self/smaps");

    /// <summary>
    /// Notes which private mappings hold no private copy of a page, for the next <see cref="TrimNow"/>: a private mapping
    /// is advised only when it looked the same, unwritten, in the scan before.
    /// </summary>
    public void Observe()
    {
        if (IsAvailable)
        {
            _unwritten = [.. Scan().Unwritten.Select(m => m.Mapping)];
        }
    }

    /// <summary>
    /// Scans the mappings once and advises those that qualify (see the class); returns the resident bytes they held.
    /// A private mapping qualifies when it was seen unwritten by the scan before (<see cref="Observe"/> or the last trim).
    /// </summary>
    public long TrimNow()
    {
        if (Madvise.Value is not { } madvise || !File.Exists("/proc/self/smaps"))
        {
            return 0;
        }

        var (shared, unwritten) = Scan();
        long released = 0;
        foreach (var (mapping, resident) in shared)
        {
            if (madvise(mapping.Start, (nuint)(mapping.End - mapping.Start), MadviseDontNeed) == 0)
            {
                released += resident;
            }
        }

        var seen = new HashSet<Mapping>(unwritten.Count);
        foreach (var (mapping, resident) in unwritten)
        {
            seen.Add(mapping);
            if (resident > 0 && _unwritten.Contains(mapping) && madvise(mapping.Start, (nuint)(mapping.End - mapping.Start), MadviseDontNeed) == 0)
            {
                released += resident;
            }
        }

        _unwritten = seen;
        return released;
    }

    /// <summary>
    /// The read-only shared file mappings with resident pages, and the read-only private file mappings holding no
    /// private copy of a page (with their resident bytes).
    /// </summary>
    private static (List<(Mapping Mapping, long Resident)> Shared, List<(Mapping Mapping, long Resident)> Unwritten) Scan()
    {
        var shared = new List<(Mapping, long)>();
        var unwritten = new List<(Mapping, long)>();
        Mapping? current = null;
        var isShared = false;
        long resident = 0;
        long anonymous = -1;

        void Close()
        {
            if (current is { } mapping && resident > 0)
            {
                if (isShared)
                {
                    shared.Add((mapping, resident));
                }
                else if (anonymous == 0)
                {
                    unwritten.Add((mapping, resident));
                }
            }
            else if (current is { } idle && !isShared && anonymous == 0)
            {
                unwritten.Add((idle, 0));
            }

            current = null;
        }

        foreach (var line in File.ReadLines("/proc/self/smaps"))
        {
            if (IsHeader(line))
            {
                Close();

                // "start-end perms offset dev inode   path"
                var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 6 || fields[1].Length != 4 || fields[1][1] == 'w' || !fields[5].StartsWith('/'))
                {
                    continue;
                }

                var range = fields[0].Split('-');
                var start = long.Parse(range[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var end = long.Parse(range[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                if (end <= start)
                {
                    continue;
                }

                current = new Mapping((nint)start, (nint)end, fields[1], fields[2], fields[4], fields[5]);
                isShared = fields[1][3] == 's';
                resident = 0;
                anonymous = -1;
            }
            else if (current is not null)
            {
                if (line.StartsWith("Rss:", StringComparison.Ordinal))
                {
                    resident = KiB(line) * 1024;
                }
                else if (line.StartsWith("Anonymous:", StringComparison.Ordinal))
                {
                    anonymous = KiB(line);
                }
                else if (line.StartsWith("VmFlags:", StringComparison.Ordinal) && line.Contains(" lo", StringComparison.Ordinal))
                {
                    // Locked pages are meant to stay (and the advice would fail on them).
                    current = null;
                }
            }
        }

        Close();
        return (shared, unwritten);
    }

    // A mapping's first line starts with its range in hex ("7f12a000-7f12b000 r--p …"); the others with a field name.
    private static bool IsHeader(string line)
    {
        var dash = line.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && !line.AsSpan(0, dash).ContainsAnyExcept(HexDigits);
    }

    private static long KiB(string line)
    {
        var span = line.AsSpan(line.IndexOf(':', StringComparison.Ordinal) + 1).Trim();
        var end = span.IndexOf(' ');
        return long.TryParse(end < 0 ? span : span[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : -1;
    }

    private static MadviseFn? Bind() =>
        OperatingSystem.IsLinux() && NativeLibrary.TryLoad("libc.so.6", out var libc) && NativeLibrary.TryGetExport(libc, "madvise", out var export)
            ? Marshal.GetDelegateForFunctionPointer<MadviseFn>(export)
            : null;

    private readonly record struct Mapping(nint Start, nint End, string Permissions, string Offset, string Inode, string File);
}
