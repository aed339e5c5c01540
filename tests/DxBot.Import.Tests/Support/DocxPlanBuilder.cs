using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DxBot.Import.Tests.Support;

/// <summary>
/// The sample plan as a Word document, the way Word writes one: Title and Heading styles, a page header, a table of
/// contents field, a caption, a table, and a paragraph whose sentence is split over several runs.
/// </summary>
internal static class DocxPlanBuilder
{
    public const string Header = "半田市DX推進計画（令和4年3月）";

    public static void Write(string path)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            Style("Title", "Title"), Style("Heading1", "heading 1"), Style("Heading2", "heading 2"), Style("TOC1", "toc 1"), Style("Caption", "caption"));
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(new Paragraph(new Run(new Text(Header))));
        var headerId = main.GetIdOfPart(header);

        var body = new Body(
            Paragraph("Title", SeedText.Title),
            Paragraph("TOC1", "第一章 計画策定にあたって\t2"),
            Paragraph("Heading1", "第一章 計画策定にあたって"),
            Paragraph("Heading2", "1 計画策定の背景"),
            // Word splits a sentence into runs wherever its formatting or editing history changes.
            new Paragraph(new Run(new Text(SeedText.Background1[..10])), new Run(new RunProperties(new Bold()), new Text(SeedText.Background1[10..]) { Space = SpaceProcessingModeValues.Preserve })),
            Paragraph(null, SeedText.Background2),
            Paragraph("Caption", "図 1 Society 5.0 の概念"),
            Paragraph("Heading2", "3 計画期間"),
            Paragraph(null, SeedText.Period1),
            new Table(Row("期間", "令和4年度〜令和7年度"), Row("見直し", "必要に応じて")),
            Paragraph("Heading1", "第二章 計画の内容"),
            Paragraph("Heading2", "2 デジタル格差の解消"),
            Paragraph(null, SeedText.Divide),
            new SectionProperties(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Style Style(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    private static Paragraph Paragraph(string? style, string text)
    {
        var paragraph = new Paragraph(new Run(new Text(text)));
        if (style is not null)
        {
            paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        return paragraph;
    }

    private static TableRow Row(params string[] cells) =>
        new(cells.Select(c => new TableCell(new Paragraph(new Run(new Text(c))))));
}
