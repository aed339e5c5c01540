using System.IO.MemoryMappedFiles;
using System.Runtime.InteropServices;
using DxBot.Tests.Shared;

namespace DxBot.Search.Tests;

/// <summary>
/// MeCab's dictionary pages read by a parse leave the process's resident memory when released, and parsing goes on
/// reading the same dictionary afterwards; after a release a page read maps that page, not its neighbours too.
/// </summary>
public sealed class MappedFilePagesTests
{
    private const string Text = "市役所に行かなくても、自宅からオンラインで住民票の写しや印鑑登録証明書を申請できます。" +
        "マイナンバーカードの暗証番号を忘れた場合は、本人確認書類を持って窓口で再設定してください。" +
        "粗大ごみは電話で申し込み、収集日の朝八時までに指定の場所へ出します。スマホ教室は毎月第二土曜日に公民館で開きます。";

    [Fact]
    public void The_dictionary_pages_read_by_parses_leave_the_resident_memory_and_parsing_goes_on()
    {
        var tagger = TestMorphology.Tagger;
        var before = tagger.Parse(Text).Select(m => (m.Surface, m.Reading)).ToList();
        foreach (var sentence in Text.Split('。', StringSplitOptions.RemoveEmptyEntries))
        {
            tagger.Parse(sentence + "について教えてください");
        }

        var read = ProcessMappings.ResidentKiB("sys.dic");
        var advised = tagger.ReleaseDictionaryPages();
        var left = ProcessMappings.ResidentKiB("sys.dic");

        Assert.True(read > 0, "the parses left no page of sys.dic resident");
        Assert.True(advised >= new FileInfo(Path.Combine(tagger.Dictionary, "sys.dic")).Length, $"{advised} bytes advised");
        // Other tests of this assembly may parse at the same moment and map a few pages again.
        Assert.True(left < read / 2, $"{left} KiB of sys.dic resident after the release, {read} KiB before");
        Assert.Equal(before, tagger.Parse(Text).Select(m => (m.Surface, m.Reading)).ToList());
    }

    [Fact]
    public void A_folder_without_mapped_files_releases_nothing()
    {
        using var folder = new TemporaryFolder();

        Assert.Equal(0, MappedFilePages.Release(folder.Path));
    }

    [Fact]
    public void After_a_release_the_files_pages_leave_the_page_cache_and_a_read_maps_its_own_page_only()
    {
        using var folder = new TemporaryFolder();
        const int Pages = 512;
        var path = WritePages(folder, Pages);
        using var mapped = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = mapped.CreateViewAccessor(0, Pages * 4096, MemoryMappedFileAccess.Read);
        var sum = ReadEveryPage(view, Pages);

        var mappedBefore = ProcessMappings.ResidentKiB("pages.bin");
        var advised = MappedFilePages.Release(folder.Path);
        var cachedAfter = PagesInPageCache(path, Pages);

        // Four pages far apart read again: without the release's advice the kernel mapped the 16 cached pages around
        // each (64 KiB a read), and read ahead around it.
        var again = view.ReadByte(1) + view.ReadByte((100 * 4096L) + 1) + view.ReadByte((300 * 4096L) + 1) + view.ReadByte((500 * 4096L) + 1);
        var mappedAgain = ProcessMappings.ResidentKiB("pages.bin");

        Assert.Equal(Pages * 7, sum);
        Assert.True(mappedBefore >= Pages * 4, $"{mappedBefore} KiB mapped before the release");
        Assert.True(advised >= Pages * 4096L, $"{advised} bytes advised");
        Assert.True(cachedAfter < Pages / 4, $"{cachedAfter} of {Pages} pages still in the page cache after the release");
        Assert.Equal(4 * 7, again);
        Assert.True(mappedAgain <= 32, $"{mappedAgain} KiB mapped after four reads");
    }

    [Fact]
    public void After_an_unmap_the_files_pages_leave_the_resident_memory_but_stay_in_the_page_cache()
    {
        // What a reindex beside the turns does: their next parses map pages from memory, none read from the disk.
        using var folder = new TemporaryFolder();
        const int Pages = 512;
        var path = WritePages(folder, Pages);
        using var mapped = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = mapped.CreateViewAccessor(0, Pages * 4096, MemoryMappedFileAccess.Read);
        var sum = ReadEveryPage(view, Pages);

        var mappedBefore = ProcessMappings.ResidentKiB("pages.bin");
        var advised = MappedFilePages.Unmap(folder.Path);
        var mappedAfter = ProcessMappings.ResidentKiB("pages.bin");
        var cachedAfter = PagesInPageCache(path, Pages);

        Assert.Equal(Pages * 7, sum);
        Assert.True(mappedBefore >= Pages * 4, $"{mappedBefore} KiB mapped before the unmap");
        Assert.True(advised >= Pages * 4096L, $"{advised} bytes advised");
        Assert.True(mappedAfter < Pages, $"{mappedAfter} KiB still mapped after the unmap");
        Assert.Equal(Pages, cachedAfter);
        Assert.Equal(7, view.ReadByte((200 * 4096L) + 1));
    }

    [Fact]
    public void The_dictionary_parses_alike_after_an_unmap()
    {
        var tagger = TestMorphology.Tagger;
        var before = tagger.Parse(Text).Select(m => (m.Surface, m.Reading)).ToList();

        var advised = tagger.UnmapDictionaryPages();

        Assert.True(advised >= new FileInfo(Path.Combine(tagger.Dictionary, "sys.dic")).Length, $"{advised} bytes advised");
        Assert.Equal(before, tagger.Parse(Text).Select(m => (m.Surface, m.Reading)).ToList());
    }

    [Fact]
    public void The_dictionary_is_read_ahead_again_for_an_analysis_after_a_release_and_parses_alike()
    {
        var tagger = TestMorphology.Tagger;
        var before = tagger.Parse(Text).Select(m => (m.Surface, m.Reading)).ToList();
        tagger.ReleaseDictionaryPages();

        var advised = tagger.PrepareDictionaryForAnalysis();

        Assert.True(advised >= new FileInfo(Path.Combine(tagger.Dictionary, "sys.dic")).Length, $"{advised} bytes advised");
        Assert.Equal(before, tagger.Parse(Text).Select(m => (m.Surface, m.Reading)).ToList());
    }

    // How many of the file's first pages are in the page cache (mincore over a mapping of its own, which maps nothing).
    private static int PagesInPageCache(string path, int pages)
    {
        using var mapped = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        using var view = mapped.CreateViewAccessor(0, pages * 4096L, MemoryMappedFileAccess.Read);
        var handle = view.SafeMemoryMappedViewHandle;
        var added = false;
        handle.DangerousAddRef(ref added);
        try
        {
            var start = handle.DangerousGetHandle() + (nint)view.PointerOffset;
            var vector = new byte[pages];
            Assert.Equal(0, Mincore(start, (nuint)(pages * 4096L), vector));
            return vector.Count(b => (b & 1) != 0);
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    // DllImport rather than LibraryImport, which would need unsafe code in the project.
    [DllImport("libc", EntryPoint = "mincore", SetLastError = true)]
    private static extern int Mincore(nint start, nuint length, byte[] vector);

    // A file of whole pages, on the disk (flushed), each byte a function of its offset.
    private static string WritePages(TemporaryFolder folder, int pages)
    {
        var path = Path.Combine(folder.Path, "pages.bin");
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        file.Write(Enumerable.Range(0, pages * 4096).Select(i => (byte)(i * 7)).ToArray());
        file.Flush(flushToDisk: true);
        return path;
    }

    // One byte of every page, so that every page is mapped.
    private static long ReadEveryPage(MemoryMappedViewAccessor view, int pages)
    {
        long sum = 0;
        for (var page = 0; page < pages; page++)
        {
            sum += view.ReadByte((page * 4096L) + 1);
        }

        return sum;
    }
}
