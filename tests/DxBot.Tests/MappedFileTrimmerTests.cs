using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using DxBot.Hosting;
using DxBot.Tests.Shared;

namespace DxBot.Tests;

/// <summary>
/// The pages of read-only file mappings leave the resident memory and read the same afterwards; a private mapping's
/// own copy of a page (written, then made read-only, as the loader does to a relocated image) is never thrown away.
/// </summary>
public sealed class MappedFileTrimmerTests : IDisposable
{
    private const int Pages = 256;
    private const int PageSize = 4096;
    private const int ProtRead = 1;
    private const int ProtWrite = 2;
    private const int MapPrivate = 2;

    private readonly string _folder = Directory.CreateTempSubdirectory("dxbot-trim-").FullName;

    [Fact]
    public void A_read_only_shared_mapping_leaves_the_resident_memory_and_reads_the_same()
    {
        if (!MappedFileTrimmer.IsAvailable)
        {
            return; // Linux with glibc only
        }

        var path = WritePages("shared.bin");
        using var mapped = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = mapped.CreateViewAccessor(0, Pages * PageSize, MemoryMappedFileAccess.Read);
        var sum = 0L;
        for (var page = 0; page < Pages; page++)
        {
            sum += view.ReadByte((page * (long)PageSize) + 1);
        }

        var before = ProcessMappings.ResidentKiB("shared.bin");
        new MappedFileTrimmer().TrimNow();
        var after = ProcessMappings.ResidentKiB("shared.bin");

        Assert.Equal(Pages * 7, sum);
        Assert.True(before >= Pages * 4, $"{before} KiB resident before the trim");
        Assert.True(after < Pages, $"{after} KiB resident after the trim");
        Assert.Equal(7, view.ReadByte((100 * (long)PageSize) + 1));
    }

    [Fact]
    public void A_read_only_private_mapping_is_trimmed_from_its_second_scan_on()
    {
        if (!MappedFileTrimmer.IsAvailable)
        {
            return;
        }

        var path = WritePages("private.bin");
        var start = MapPrivately(path, ProtRead);
        try
        {
            ReadEveryPage(start);
            var trimmer = new MappedFileTrimmer();

            trimmer.TrimNow();
            var afterFirst = ProcessMappings.ResidentKiB("private.bin");
            ReadEveryPage(start);
            trimmer.TrimNow();
            var afterSecond = ProcessMappings.ResidentKiB("private.bin");

            Assert.True(afterFirst >= Pages * 4, $"{afterFirst} KiB resident after a first scan");
            Assert.True(afterSecond < Pages, $"{afterSecond} KiB resident after the second");
            Assert.Equal(7, Marshal.ReadByte(start, (100 * PageSize) + 1));
        }
        finally
        {
            Assert.Equal(0, Munmap(start, (nuint)(Pages * PageSize)));
        }
    }

    [Fact]
    public void A_private_mapping_written_then_made_read_only_keeps_what_was_written()
    {
        if (!MappedFileTrimmer.IsAvailable)
        {
            return;
        }

        var path = WritePages("written.bin");
        var start = MapPrivately(path, ProtRead | ProtWrite);
        try
        {
            ReadEveryPage(start);

            // A relocation: the process's own copy of one page, which the file does not have.
            Marshal.WriteByte(start, (10 * PageSize) + 1, 42);
            Assert.Equal(0, Mprotect(start, (nuint)(Pages * PageSize), ProtRead));
            var trimmer = new MappedFileTrimmer();

            trimmer.Observe();
            trimmer.TrimNow();
            trimmer.TrimNow();

            Assert.Equal(42, Marshal.ReadByte(start, (10 * PageSize) + 1));
            Assert.True(ProcessMappings.ResidentKiB("written.bin") >= Pages * 4, "a mapping holding a private page was trimmed");
        }
        finally
        {
            Assert.Equal(0, Munmap(start, (nuint)(Pages * PageSize)));
        }
    }

    [Fact]
    public void A_writable_private_mapping_is_never_trimmed()
    {
        if (!MappedFileTrimmer.IsAvailable)
        {
            return;
        }

        var path = WritePages("writable.bin");
        var start = MapPrivately(path, ProtRead | ProtWrite);
        try
        {
            ReadEveryPage(start);
            var trimmer = new MappedFileTrimmer();
            trimmer.Observe();
            trimmer.TrimNow();
            trimmer.TrimNow();
            Assert.True(ProcessMappings.ResidentKiB("writable.bin") >= Pages * 4, "a writable private mapping was trimmed");
        }
        finally
        {
            Assert.Equal(0, Munmap(start, (nuint)(Pages * PageSize)));
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static void ReadEveryPage(nint start)
    {
        for (var page = 0; page < Pages; page++)
        {
            Assert.Equal(7, Marshal.ReadByte(start, (page * PageSize) + 1));
        }
    }

    private static nint MapPrivately(string path, int protection)
    {
        using var handle = File.OpenHandle(path);
        var start = Mmap(0, (nuint)(Pages * PageSize), protection, MapPrivate, (int)handle.DangerousGetHandle(), 0);
        Assert.NotEqual(-1, start);
        return start;
    }

    private string WritePages(string name)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, [.. Enumerable.Range(0, Pages * PageSize).Select(i => (byte)(i * 7))]);
        return path;
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the project.
    [DllImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static extern nint Mmap(nint address, nuint length, int protection, int flags, int fd, long offset);

    [DllImport("libc", EntryPoint = "mprotect", SetLastError = true)]
    private static extern int Mprotect(nint address, nuint length, int protection);

    [DllImport("libc", EntryPoint = "munmap", SetLastError = true)]
    private static extern int Munmap(nint address, nuint length);
}
