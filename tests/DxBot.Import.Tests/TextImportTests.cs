using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>Issue #13: a plan's plain text, as the seeds hold them (cover, table of contents, numbered headings), and Markdown.</summary>
public sealed class TextImportTests
{
    private const string Plan = $"""
        {SeedText.Title}

        令和4年3月策定

        半田市

        <目次>

        第一章 計画策定にあたって・・・・・・・・・・・・2
        第二章 計画の内容・・・・・・・・・10
        1-1 計画策定の背景 3
        1-5 計画の期間 10

        第一章 計画策定にあたって

        1 計画策定の背景

        - {SeedText.Background1}
        - {SeedText.Background2}

        1-5 計画期間

        本計画の対象期間は、国・愛知県の計画との整合性を図るため、
        令和4年度から令和7年度までの4年間とします。

        3

        第二章 計画の内容

        (2) 暮らしの利便性を向上します

        (イ) デジタル格差の解消

        {SeedText.Divide}
        図 3-1-3 スマホ教室の様子
        """;

    [Fact]
    public void Numbered_headings_make_the_sections_and_the_cover_contents_and_page_numbers_are_dropped()
    {
        using var folder = new TempFolder();
        var path = folder.Write("handa.txt", System.Text.Encoding.UTF8.GetBytes(Plan));

        var (title, sections) = DocumentImporter.ReadSections(path);

        Assert.Equal(SeedText.Title, title);
        Assert.Equal(
        [
            "第一章 計画策定にあたって ＞ 1 計画策定の背景",
            "第一章 計画策定にあたって ＞ 1-5 計画期間",
            "第二章 計画の内容 ＞ (2) 暮らしの利便性を向上します ＞ (イ) デジタル格差の解消",
        ], sections.Select(s => s.Source));
        // A hyphen list item is read as the Markdown one is: 「・」.
        Assert.Equal($"・{SeedText.Background1}\n・{SeedText.Background2}", sections[0].Body);
        Assert.Equal(SeedText.Period1, sections[1].Body);
        Assert.Equal(SeedText.Divide, sections[2].Body);
    }

    [Fact]
    public void Markdown_markup_is_removed_and_its_headings_make_the_path()
    {
        using var folder = new TempFolder();
        var markdown = $"# {SeedText.Title}\n\n## 第二章 計画の内容\n\n### デジタル格差の解消\n\n**スマホ教室**を[携帯電話事業者](https://example.jp)と開きます。\n\n- 対象は`高齢者`です。\n- 予約制です。\n\n![図](a.png)\n";
        var path = folder.Write("plan.md", System.Text.Encoding.UTF8.GetBytes(markdown));

        var (title, sections) = DocumentImporter.ReadSections(path);

        Assert.Equal(SeedText.Title, title);
        var section = Assert.Single(sections);
        Assert.Equal("第二章 計画の内容 ＞ デジタル格差の解消", section.Source);
        Assert.Equal("スマホ教室を携帯電話事業者と開きます。\n・対象は高齢者です。\n・予約制です。", section.Body);
    }

    [Fact]
    public void Spaces_a_pdf_left_around_numbers_and_latin_words_in_japanese_text_are_closed_up()
    {
        using var folder = new TempFolder();
        const string plan = """
            半田市DX推進計画

            1 行政手続のオンライン化

            本市では、令和 2 年度から市税の支払いに電子マネーを使えるようにし、24 時間 365 日申請できる本市の DX を進めます。
            ・令和4年度 オンライン化 100手続
            ・KPI は Key Performance Indicator の略です。
            """;
        var path = folder.Write("handa.txt", System.Text.Encoding.UTF8.GetBytes(plan));

        var (_, sections) = DocumentImporter.ReadSections(path);

        var lines = Assert.Single(sections).Body.Split('\n');
        Assert.Equal("本市では、令和2年度から市税の支払いに電子マネーを使えるようにし、24時間365日申請できる本市のDXを進めます。", lines[0]);
        // A table cell's number spaced on one side only and the spaces between Latin words stay.
        Assert.Equal("・令和4年度 オンライン化 100手続", lines[1]);
        Assert.Equal("・KPIはKey Performance Indicatorの略です。", lines[2]);
    }

    [Fact]
    public void An_acronym_a_pdf_spaced_out_letter_by_letter_is_closed_up()
    {
        using var folder = new TempFolder();
        // As 御前崎市's and 五所川原市's plans hold them (「L GWAN接続系」「I C Tの活用」「A I会議録作成システム」).
        const string plan = """
            御前崎市DX推進計画

            3 セキュリティ対策

            「三層の対策（マイナンバー利用事務系、L GWAN接続系、インターネット接続系の分離）」を実施しています。

            今後、I C Tの活用を拡大し、A I会議録作成システムやS N Sを使います。

            ・Society 5.0 の社会では Wi-Fi と A B C Corp の I Pad を使います。
            """;
        var path = folder.Write("omaezaki.txt", System.Text.Encoding.UTF8.GetBytes(plan));

        var (_, sections) = DocumentImporter.ReadSections(path);

        var lines = Assert.Single(sections).Body.Split('\n');
        Assert.Equal("「三層の対策（マイナンバー利用事務系、LGWAN接続系、インターネット接続系の分離）」を実施しています。", lines[0]);
        Assert.Equal("今後、ICTの活用を拡大し、AI会議録作成システムやSNSを使います。", lines[1]);
        // Latin words and figures keep their spaces; letters before a word (「A B C Corp」) are no acronym of their own.
        Assert.Equal("・Society 5.0 の社会ではWi-FiとA B C CorpのI Padを使います。", lines[2]);
    }
}
