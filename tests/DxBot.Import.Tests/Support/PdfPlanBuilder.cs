using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DxBot.Import.Tests.Support;

/// <summary>
/// Lays out a plan as a real PDF with an embedded Japanese font, as a word processor would: a title, headings in larger
/// type, body text wrapped at a fixed width (so sentences break across lines and pages), a running header and a page
/// number on every page.
/// </summary>
internal sealed class PdfPlanBuilder
{
    public const string RunningHeader = "半田市DX推進計画（令和4年3月）";
    private const double Left = 50;
    private const double Top = 780;
    private const double Bottom = 80;
    private const int CharactersPerLine = 38;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _font;
    private PdfPageBuilder? _page;
    private int _pageNumber;
    private double _y;

    public PdfPlanBuilder() => _font = _builder.AddTrueTypeFont(JapaneseFont.Bytes);

    public PdfPlanBuilder Title(string text)
    {
        EnsurePage();
        Write(text, 20, extraGap: 20);
        return this;
    }

    public PdfPlanBuilder Heading(string text, int level)
    {
        EnsurePage(needed: 60);
        _y -= 10;
        Write(text, level == 1 ? 14 : 12, extraGap: 6);
        return this;
    }

    /// <summary>One paragraph, wrapped every <see cref="CharactersPerLine"/> characters.</summary>
    public PdfPlanBuilder Paragraph(string text)
    {
        for (var start = 0; start < text.Length; start += CharactersPerLine)
        {
            EnsurePage();
            Write(text.Substring(start, Math.Min(CharactersPerLine, text.Length - start)), 10, extraGap: 0);
        }

        _y -= 6;
        return this;
    }

    /// <summary>A line in body type outside the flow of paragraphs: a caption, a table-of-contents row.</summary>
    public PdfPlanBuilder Line(string text, double size = 10)
    {
        EnsurePage();
        Write(text, size, extraGap: 4);
        return this;
    }

    /// <summary>Fills the rest of the page with one paragraph of <paramref name="text"/>, which goes on onto the next page.</summary>
    public PdfPlanBuilder ParagraphAcrossPages(string text, int linesOnThisPage)
    {
        _y = Bottom + (linesOnThisPage * 14);
        return Paragraph(text);
    }

    public PdfPlanBuilder NewPage()
    {
        _page = null;
        return this;
    }

    public byte[] Build()
    {
        _builder.DocumentInformation.Producer = "DxBot tests";
        return _builder.Build();
    }

    private void EnsurePage(double needed = 14)
    {
        if (_page is not null && _y - needed >= Bottom)
        {
            return;
        }

        _page = _builder.AddPage(PageSize.A4);
        _pageNumber++;
        _page.AddText(RunningHeader, 9, new PdfPoint(Left, 810), _font);
        _page.AddText($"- {_pageNumber} -", 9, new PdfPoint(290, 40), _font);
        _y = Top;
    }

    private void Write(string text, double size, double extraGap)
    {
        _page!.AddText(text, size, new PdfPoint(Left, _y), _font);
        _y -= size + 4 + extraGap;
    }
}
