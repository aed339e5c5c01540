using DxBot.Import.Tests.Support;

namespace DxBot.Import.Tests;

/// <summary>Issue #13: a city's web page read into sections without its markup, navigation, header and footer.</summary>
public sealed class HtmlImportTests
{
    private const string Page = $$"""
        <!DOCTYPE html>
        <html lang="ja"><head><meta charset="utf-8"><title>{{SeedText.Title}}｜半田市</title>
        <style>p { color: red; }</style><script>var tracking = "<p>";</script></head>
        <body>
        <header><p>半田市公式ウェブサイト</p><nav><ul><li><a href="/">ホーム</a></li><li>くらし</li></ul></nav></header>
        <main>
          <h1>{{SeedText.Title}}</h1>
          <h2>第一章 計画策定にあたって</h2>
          <h3>3 計画期間</h3>
          <p>本計画の対象期間は、<strong>国・愛知県の計画</strong>との整合性を図るため、
             令和4年度から令和7年度までの4年間とします。</p>
          <figure><img src="period.png" alt=""><figcaption>図 3-1-3 計画期間のイメージ</figcaption></figure>
          <h2>第二章 計画の内容</h2>
          <h3>2 デジタル格差の解消</h3>
          <ul><li>{{SeedText.Divide}}</li></ul>
          <table><tr><th>指標</th><th>目標</th></tr><tr><td>スマホ教室の参加者</td><td>400人</td></tr></table>
        </main>
        <footer><p>&copy; 半田市役所 〒475-8666</p></footer>
        </body></html>
        """;

    [Fact]
    public void Headings_make_the_sections_and_the_markup_navigation_header_and_footer_are_removed()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plan.html", System.Text.Encoding.UTF8.GetBytes(Page));

        var (title, sections) = DocumentImporter.ReadSections(path);

        Assert.Equal(SeedText.Title, title);
        Assert.Equal(["第一章 計画策定にあたって ＞ 3 計画期間", "第二章 計画の内容 ＞ 2 デジタル格差の解消"], sections.Select(s => s.Source));
        // The line break inside the <p> is the page's source layout, not the plan's: one sentence again.
        Assert.Equal("本計画の対象期間は、国・愛知県の計画との整合性を図るため、令和4年度から令和7年度までの4年間とします。", sections[0].Body);
        Assert.Equal(SeedText.Divide + "\n指標 ／ 目標\nスマホ教室の参加者 ／ 400人", sections[1].Body);
        var all = string.Join("\n", sections.Select(s => s.Body));
        Assert.DoesNotContain("<", all, StringComparison.Ordinal);
        Assert.DoesNotContain("ホーム", all, StringComparison.Ordinal);
        Assert.DoesNotContain("公式ウェブサイト", all, StringComparison.Ordinal);
        Assert.DoesNotContain("475-8666", all, StringComparison.Ordinal);
        Assert.DoesNotContain("図 3-1-3", all, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking", all, StringComparison.Ordinal);
    }
}
