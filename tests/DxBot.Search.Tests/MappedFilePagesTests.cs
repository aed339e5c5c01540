using System.Text.RegularExpressions;

namespace DxBot.Search.Tests;

/// <summary>
/// MeCab's dictionary pages read by a parse leave the process's resident memory when released, and parsing goes on
/// reading the same dictionary afterwards.
/// </summary>
public sealed partial class MappedFilePagesTests
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

        var read = ResidentKiB("sys.dic");
        var advised = tagger.ReleaseDictionaryPages();
        var left = ResidentKiB("sys.dic");

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

    // The resident KiB of this process's mappings of files with that name (/proc/self/smaps).
    private static long ResidentKiB(string fileName)
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
                total += long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return total;
    }

    [GeneratedRegex("^[0-9a-f]+-[0-9a-f]+ ")]
    private static partial Regex MappingLine();
}
