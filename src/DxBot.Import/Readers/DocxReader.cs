using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DxBot.Import.Readers;

/// <summary>
/// Reads a Word document's body: heading styles (or outline levels) are headings, table rows become lines of cells,
/// tables of contents and captions are left out. Headers and footers live in their own parts and are never read.
/// </summary>
internal static class DocxReader
{
    public static ReadDocument Read(string path)
    {
        // An encrypted .docx (and an old .doc) is an OLE compound file, not a ZIP package.
        var head = new byte[4];
        using (var probe = File.OpenRead(path))
        {
            if (probe.Read(head, 0, 4) == 4 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            {
                throw new DocumentImportException(ImportTexts.EncryptedDocx);
            }
        }

        try
        {
            using var document = WordprocessingDocument.Open(path, false);
            var body = document.MainDocumentPart?.Document?.Body ?? throw new DocumentImportException(ImportTexts.BrokenDocx);
            var styles = document.MainDocumentPart!.StyleDefinitionsPart?.Styles?.Elements<Style>()
                .Where(s => s.StyleId?.Value is not null)
                .ToDictionary(s => s.StyleId!.Value!, s => s, StringComparer.OrdinalIgnoreCase) ?? [];
            var blocks = new List<ImportBlock>();
            string? title = document.PackageProperties.Title is { Length: > 0 } t ? LineRules.Normalize(t) : null;
            foreach (var element in body.ChildElements)
            {
                switch (element)
                {
                    case Paragraph paragraph:
                        AddParagraph(paragraph, styles, blocks, ref title);
                        break;
                    case Table table:
                        foreach (var row in table.Elements<TableRow>())
                        {
                            var cells = row.Elements<TableCell>().Select(c => LineRules.Normalize(string.Join(" ", c.Elements<Paragraph>().Select(TextOf)))).Where(c => c.Length > 0);
                            var line = string.Join(" ／ ", cells);
                            if (line.Length > 0)
                            {
                                blocks.Add(new ImportBlock(0, line, null));
                            }
                        }

                        break;
                    case SdtBlock sdt when !IsTableOfContents(sdt):
                        foreach (var paragraph in sdt.Descendants<Paragraph>())
                        {
                            AddParagraph(paragraph, styles, blocks, ref title);
                        }

                        break;
                }
            }

            return new ReadDocument(title, blocks);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or System.Xml.XmlException)
        {
            throw new DocumentImportException(ImportTexts.BrokenDocx, ex);
        }
    }

    private static void AddParagraph(Paragraph paragraph, Dictionary<string, Style> styles, List<ImportBlock> blocks, ref string? title)
    {
        var text = LineRules.Normalize(TextOf(paragraph));
        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? string.Empty;
        var styleName = styles.TryGetValue(styleId, out var style) ? style.StyleName?.Val?.Value ?? styleId : styleId;
        if (text.Length == 0 || styleName.StartsWith("toc", StringComparison.OrdinalIgnoreCase) || styleName.Equals("caption", StringComparison.OrdinalIgnoreCase)
            || LineRules.IsFurniture(text))
        {
            return;
        }

        if (styleName.Equals("title", StringComparison.OrdinalIgnoreCase))
        {
            title ??= text;
            return;
        }

        var level = HeadingLevel(paragraph, styleName, style);
        blocks.Add(new ImportBlock(level, text, null));
    }

    private static int HeadingLevel(Paragraph paragraph, string styleName, Style? style)
    {
        if (styleName.StartsWith("heading", StringComparison.OrdinalIgnoreCase) && int.TryParse(styleName.AsSpan(7).Trim(), out var level) && level is >= 1 and <= 9)
        {
            return level;
        }

        var outline = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value ?? style?.StyleParagraphProperties?.OutlineLevel?.Val?.Value;
        return outline is { } o and < 9 ? o + 1 : 0;
    }

    /// <summary>The visible text: runs' text and tabs, never field codes or deleted text.</summary>
    private static string TextOf(OpenXmlElement element) =>
        string.Concat(element.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            TabChar => " ",
            Break => " ",
            _ => string.Empty,
        }));

    private static bool IsTableOfContents(SdtBlock sdt) =>
        sdt.SdtProperties?.Descendants<DocPartGallery>().Any(g => g.Val?.Value?.Contains("Table of Contents", StringComparison.OrdinalIgnoreCase) == true) == true;
}
