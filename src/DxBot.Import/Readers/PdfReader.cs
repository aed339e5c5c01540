using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Exceptions;

namespace DxBot.Import.Readers;

/// <summary>
/// Reads a PDF's text by lines (letters grouped by baseline), takes larger type as headings, and drops what the layout
/// adds: lines repeated at the top or bottom of most pages, page numbers, table-of-contents rows and figure captions.
/// </summary>
internal static class PdfReader
{
    public static ReadDocument Read(string path)
    {
        PdfDocument document;
        try
        {
            document = PdfDocument.Open(path);
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentImportException(ImportTexts.EncryptedPdf, ex);
        }
        catch (Exception ex) when (ex is not (OutOfMemoryException or OperationCanceledException))
        {
            // A damaged file surfaces as any of the parser's exceptions (format, index, cast, key, stream…).
            throw new DocumentImportException(ImportTexts.BrokenPdf, ex);
        }

        using (document)
        {
            List<List<PdfLine>> pages;
            try
            {
                // A PDF protected only against printing or copying (an owner password, an empty user password) opens and is
                // read like any other; only one that needs a password to open is refused, by PdfPig's exception.
                pages = document.GetPages().Select(ReadLines).ToList();
            }
            catch (PdfDocumentEncryptedException ex)
            {
                throw new DocumentImportException(ImportTexts.EncryptedPdf, ex);
            }
            catch (Exception ex) when (ex is not (DocumentImportException or OutOfMemoryException or OperationCanceledException))
            {
                throw new DocumentImportException(ImportTexts.BrokenPdf, ex);
            }

            if (pages.All(p => p.Count == 0))
            {
                throw new DocumentImportException(ImportTexts.ImageOnlyPdf);
            }

            var title = document.Information.Title is { Length: > 0 } t ? LineRules.Normalize(t) : null;
            return Assemble(pages, title);
        }
    }

    private static ReadDocument Assemble(List<List<PdfLine>> pages, string? infoTitle)
    {
        var running = RunningLines(pages);
        var all = pages.SelectMany(p => p).Where(l => !running.Contains(Key(l.Text)) && !LineRules.IsFurniture(l.Text)).ToList();
        if (all.Count == 0)
        {
            throw new DocumentImportException(ImportTexts.NoSections);
        }

        // Body type is the size most of the text is set in; anything clearly larger is a heading, the largest on the
        // first page being the title when the document's information does not name one.
        var body = all.GroupBy(l => Math.Round(l.Size, 1)).MaxBy(g => g.Sum(l => l.Text.Length))!.Key;
        var headingSizes = all.Where(l => l.Size > body * 1.15).Select(l => Math.Round(l.Size, 1)).Distinct().OrderDescending().ToList();
        var firstPage = all.Where(l => l.Page == all[0].Page).ToList();
        var titleLine = headingSizes.Count > 0 ? firstPage.FirstOrDefault(l => Math.Round(l.Size, 1) == headingSizes[0]) : null;
        var title = infoTitle ?? (titleLine is null ? null : LineRules.Normalize(titleLine.Text));
        if (titleLine is not null && title == LineRules.Normalize(titleLine.Text))
        {
            headingSizes.RemoveAt(0);
        }

        var blocks = new List<ImportBlock>();
        var paragraph = new StringBuilder();
        int? paragraphPage = null;
        PdfLine? previous = null;
        foreach (var line in all)
        {
            var text = LineRules.Normalize(line.Text);
            if (line == titleLine || (title is not null && text == title && line.Size > body * 1.15))
            {
                continue;
            }

            var level = headingSizes.IndexOf(Math.Round(line.Size, 1)) + 1;
            if (level == 0 && Math.Abs(line.Size - body) < 0.5)
            {
                level = LineRules.NumberedHeadingLevel(text) is > 0 and var numbered ? headingSizes.Count + numbered : 0;
            }

            if (level > 0)
            {
                Flush();
                blocks.Add(new ImportBlock(level, LineRules.HeadingText(text), line.Page));
                previous = null;
                continue;
            }

            if (previous is not null && EndsParagraph(previous, line))
            {
                Flush();
            }

            paragraphPage ??= line.Page;
            LineRules.Join(paragraph, text);
            previous = line;
        }

        Flush();
        return new ReadDocument(title, blocks);

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new ImportBlock(0, paragraph.ToString(), paragraphPage));
            }

            paragraph.Clear();
            paragraphPage = null;
        }
    }

    /// <summary>
    /// A paragraph goes on across a line (or page) break unless the line before it ended a sentence short of the right
    /// margin, there is a clear gap, or the next line starts a list item.
    /// </summary>
    private static bool EndsParagraph(PdfLine previous, PdfLine next)
    {
        if (LineRules.StartsItem(next.Text.TrimStart()))
        {
            return true;
        }

        if (previous.Page == next.Page && previous.Baseline - next.Baseline > previous.Size * 2.2)
        {
            return true;
        }

        return LineRules.EndsSentence(previous.Text.TrimEnd()) && previous.Right < previous.PageTextRight - previous.Size * 1.5;
    }

    /// <summary>Text found among the first or last two lines of at least half the pages (digits ignored): headers and footers.</summary>
    private static HashSet<string> RunningLines(List<List<PdfLine>> pages)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (pages.Count < 2)
        {
            return result;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var edges = page.Take(2).Concat(page.TakeLast(2)).Select(l => Key(l.Text)).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            foreach (var key in edges)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        foreach (var (key, count) in counts)
        {
            if (count * 2 >= pages.Count)
            {
                result.Add(key);
            }
        }

        return result;
    }

    private static string Key(string text)
    {
        var key = new StringBuilder();
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && !char.IsDigit(c))
            {
                key.Append(c);
            }
        }

        return key.ToString();
    }

    private static List<PdfLine> ReadLines(Page page)
    {
        var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        var lines = new List<PdfLine>();
        // Letters on one baseline (within a fraction of their size) make one line, read left to right.
        foreach (var group in letters.OrderByDescending(l => l.StartBaseLine.Y).ThenBy(l => l.StartBaseLine.X).GroupBy(l => Math.Round(l.StartBaseLine.Y / 2.0)))
        {
            var row = group.OrderBy(l => l.StartBaseLine.X).ToList();
            var size = row.Select(l => l.PointSize).Order().ElementAt(row.Count / 2);
            var text = new StringBuilder();
            Letter? last = null;
            foreach (var letter in row)
            {
                // A gap wider than a third of the type size is a space the PDF does not spell out.
                if (last is not null && letter.StartBaseLine.X - last.EndBaseLine.X > size * 0.3)
                {
                    text.Append(' ');
                }

                text.Append(letter.Value);
                last = letter;
            }

            lines.Add(new PdfLine(text.ToString(), size, group.First().StartBaseLine.Y, row[^1].EndBaseLine.X, page.Number));
        }

        var right = lines.Count == 0 ? 0 : lines.Max(l => l.Right);
        return lines.Select(l => l with { PageTextRight = right }).ToList();
    }

    private sealed record PdfLine(string Text, double Size, double Baseline, double Right, int Page)
    {
        public double PageTextRight { get; init; }
    }
}
