using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace DxBot.ImportBench;

/// <summary>
/// A long plan as a real PDF, laid out as the import tests lay out theirs (tests/DxBot.Import.Tests/Support/PdfPlanBuilder):
/// an embedded Japanese TrueType font, headings in larger type, body text wrapped at a fixed width so sentences break
/// across lines and pages, a running header and a page number on every page. The text is the seed plans' paragraphs,
/// cycled until the page count is reached, under chapter and section headings every few paragraphs. PdfPig writes a
/// TrueType font as a simple font of at most 255 characters, so the font is embedded once per 250 distinct characters
/// and each line is written in runs of the font that has them (a word processor embeds one CID font instead).
/// </summary>
internal sealed class LongPlanPdf
{
    private const string RunningHeader = "半田市DX推進計画（令和4年3月）";
    private const double Left = 50;
    private const double Top = 780;
    private const double Bottom = 80;
    private const int CharactersPerLine = 38;
    private const int ParagraphsPerSection = 4;
    private const int SectionsPerChapter = 8;

    private const int CharactersPerFont = 250;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly List<PdfDocumentBuilder.AddedFont> _fonts = [];
    private readonly Dictionary<char, int> _fontOf = [];
    private readonly byte[] _fontBytes;
    private readonly HashSet<char> _missing;
    private PdfPageBuilder? _page;
    private double _y;

    private LongPlanPdf(byte[] font, HashSet<char> missing)
    {
        _fontBytes = font;
        _missing = missing;
    }

    public int EmbeddedFonts => _fonts.Count;

    public int Pages { get; private set; }

    public int Headings { get; private set; }

    public long Characters { get; private set; }

    public static (byte[] Pdf, LongPlanPdf Layout) Build(byte[] font, IReadOnlyList<string> paragraphs, int pages)
    {
        var layout = new LongPlanPdf(font, MissingGlyphs(font, paragraphs));
        layout.Write("半田市DX推進計画", 20, 20);
        int chapter = 0, section = 0, used = 0;
        while (layout.Pages < pages || layout._page is null)
        {
            if (used % (ParagraphsPerSection * SectionsPerChapter) == 0)
            {
                chapter++;
                section = 0;
                layout.Heading($"第{chapter}章 {Clip(paragraphs[used % paragraphs.Count], 14)}", 14);
            }

            if (used % ParagraphsPerSection == 0)
            {
                section++;
                layout.Heading($"{chapter}-{section} {Clip(paragraphs[(used + 1) % paragraphs.Count], 16)}", 12);
            }

            layout.Paragraph(paragraphs[used % paragraphs.Count], pages);
            used++;
        }

        layout._builder.DocumentInformation.Producer = "DxBot import benchmark";
        return (layout._builder.Build(), layout);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text.TrimEnd('。') : text[..length];

    /// <summary>Characters the font has no glyph for (PdfPig refuses them): left out of the text rather than failing.</summary>
    private static HashSet<char> MissingGlyphs(byte[] font, IReadOnlyList<string> paragraphs)
    {
        var missing = new HashSet<char>();
        var distinct = paragraphs.SelectMany(p => p).Concat(RunningHeader).Concat("第章- 0123456789").Distinct().ToList();
        // A fresh probe document per batch: one embedded copy takes at most 255 characters.
        foreach (var batch in distinct.Chunk(200))
        {
            var probe = new PdfDocumentBuilder();
            var added = probe.AddTrueTypeFont(font);
            var page = probe.AddPage(PageSize.A4);
            foreach (var c in batch)
            {
                try
                {
                    page.AddText(c.ToString(), 10, new PdfPoint(0, 0), added);
                }
                catch (InvalidOperationException)
                {
                    missing.Add(c);
                }
            }
        }

        return missing;
    }

    private void Heading(string text, double size)
    {
        EnsurePage(needed: 60);
        _y -= 10;
        Write(text, size, 6);
        Headings++;
    }

    private void Paragraph(string text, int pages)
    {
        var clean = Clean(text);
        for (var start = 0; start < clean.Length && (Pages < pages || _page is null); start += CharactersPerLine)
        {
            Write(clean.Substring(start, Math.Min(CharactersPerLine, clean.Length - start)), 10, 0);
        }

        _y -= 6;
    }

    private void EnsurePage(double needed = 14)
    {
        if (_page is not null && _y - needed >= Bottom)
        {
            return;
        }

        _page = _builder.AddPage(PageSize.A4);
        Pages++;
        AddText(RunningHeader, 9, Left, 810);
        AddText($"- {Pages} -", 9, 290, 40);
        _y = Top;
    }

    private string Clean(string text) => new([.. text.Where(c => !_missing.Contains(c))]);

    private void Write(string text, double size, double extraGap)
    {
        EnsurePage();
        AddText(Clean(text), size, Left, _y);
        Characters += text.Length;
        _y -= size + 4 + extraGap;
    }

    /// <summary>Writes a line in runs of characters that share an embedded copy of the font.</summary>
    private void AddText(string text, double size, double x, double y)
    {
        var start = 0;
        while (start < text.Length)
        {
            var font = FontOf(text[start]);
            var end = start + 1;
            while (end < text.Length && FontOf(text[end]) == font)
            {
                end++;
            }

            var letters = _page!.AddText(text[start..end], size, new PdfPoint(x, y), _fonts[font]);
            x = letters.Count > 0 ? letters[^1].EndBaseLine.X : x + (size * (end - start));
            start = end;
        }
    }

    private int FontOf(char c)
    {
        if (!_fontOf.TryGetValue(c, out var font))
        {
            font = _fontOf.Count / CharactersPerFont;
            if (font == _fonts.Count)
            {
                _fonts.Add(_builder.AddTrueTypeFont(_fontBytes));
            }

            _fontOf[c] = font;
        }

        return font;
    }
}
