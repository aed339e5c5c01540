using System.Diagnostics;
using DxBot.Knowledge.Loading;

namespace DxBot.Knowledge.Tests.Loading;

/// <summary>
/// The probe asks the runtime's native shim for lstat: if a runtime ever changed that structure, these fail before a
/// FIFO could hang a reindex again.
/// </summary>
public sealed class FileSystemProbeTests
{
    [Fact]
    public async Task Inspect_TellsEachKindOfEntryApartWithoutFollowingLinks()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempKnowledgeFolder();
        folder.Write("plain.txt", "12345");
        var plain = Path.Combine(folder.Path, "plain.txt");
        var link = Path.Combine(folder.Path, "link.txt");
        File.CreateSymbolicLink(link, plain);
        var fifo = Path.Combine(folder.Path, "fifo.txt");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
        }

        Assert.Equal((FileKind.Regular, 5L), FileSystemProbe.Inspect(plain));
        Assert.Equal(FileKind.Directory, FileSystemProbe.Inspect(folder.Path).Kind);
        Assert.Equal(FileKind.SymbolicLink, FileSystemProbe.Inspect(link).Kind);
        Assert.Equal(FileKind.Fifo, FileSystemProbe.Inspect(fifo).Kind);
        Assert.Equal(FileKind.CharacterDevice, FileSystemProbe.Inspect("/dev/null").Kind);
        Assert.Equal(FileKind.Missing, FileSystemProbe.Inspect(Path.Combine(folder.Path, "none")).Kind);
    }

    [Fact]
    public void InspectWithTime_GivesTheSizeAndLastWriteTimeTheFileApiGives()
    {
        // The loader compares this stamp with the last load's to skip unchanged files: it must be the file API's, to the tick.
        using var folder = new TempKnowledgeFolder();
        folder.Write("plain.txt", "12345");
        var plain = Path.Combine(folder.Path, "plain.txt");
        File.SetLastWriteTimeUtc(plain, new DateTime(2024, 5, 6, 7, 8, 9, DateTimeKind.Utc).AddTicks(1234567));

        var (kind, size, written) = FileSystemProbe.InspectWithTime(plain);

        Assert.Equal(FileKind.Regular, kind);
        Assert.Equal(5L, size);
        Assert.Equal(File.GetLastWriteTimeUtc(plain), written);
        Assert.Equal(new FileInfo(plain).LastWriteTimeUtc, written);
    }

    [Fact]
    public void Canonical_ResolvesLinksAndDotDotAndIsNullForADanglingLink()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var folder = new TempKnowledgeFolder();
        folder.Write("a/plain.txt", "x");
        var root = FileSystemProbe.Canonical(folder.Path)!;
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link.txt"), Path.Combine("a", "..", "a", "plain.txt"));
        File.CreateSymbolicLink(Path.Combine(folder.Path, "dangling.txt"), Path.Combine(folder.Path, "none"));

        Assert.Equal(Path.Combine(root, "a", "plain.txt"), FileSystemProbe.Canonical(Path.Combine(folder.Path, "link.txt")));
        Assert.Null(FileSystemProbe.Canonical(Path.Combine(folder.Path, "dangling.txt")));
    }
}
