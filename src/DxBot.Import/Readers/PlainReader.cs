using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Import.Readers;

/// <summary>
/// Reads text and Markdown: Markdown headings (`#`) or, in plain text, numbered headings (第一章, 1, (1), (ア)) start
/// sections; lines of one paragraph are joined; Markdown markup, page numbers, table-of-contents rows and figure
/// captions are removed.
/// </summary>
internal static partial class PlainReader
{
    public static ReadDocument Read(string text, bool markdown)
    {
        var blocks = new List<ImportBlock>();
        string? title = null;
        var paragraph = new StringBuilder();
        var inFence = false;
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (markdown && line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (line.Trim().Length == 0 || (markdown && (HorizontalRule().IsMatch(line) || TableRule().IsMatch(line))))
            {
                Flush();
                continue;
            }

            if (!inFence && markdown && MarkdownHeading().Match(line) is { Success: true } heading)
            {
                Flush();
                var headingText = LineRules.Normalize(StripMarkup(heading.Groups[2].Value));
                var level = heading.Groups[1].Length;
                if (level == 1 && title is null)
                {
                    title = headingText;
                }
                else if (headingText.Length > 0)
                {
                    blocks.Add(new ImportBlock(level, headingText, null));
                }

                continue;
            }

            var content = markdown && !inFence ? StripMarkup(line) : line;
            if (LineRules.IsFurniture(content))
            {
                continue;
            }

            if (!markdown && title is null && blocks.Count == 0 && paragraph.Length == 0)
            {
                // A plan's text starts with its title, on a line of its own.
                title = LineRules.Normalize(content);
                continue;
            }

            if (!markdown && LineRules.NumberedHeadingLevel(content) is > 0 and var numbered)
            {
                Flush();
                blocks.Add(new ImportBlock(numbered, LineRules.Normalize(content), null));
                continue;
            }

            var trimmed = content.TrimStart();
            if (paragraph.Length > 0 && (LineRules.StartsItem(trimmed) || (markdown && ListItem().IsMatch(line))))
            {
                Flush();
            }

            LineRules.Join(paragraph, markdown && ListItem().IsMatch(line) ? "・" + ListItem().Replace(content, string.Empty) : content);
        }

        Flush();
        return new ReadDocument(title, blocks);

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                blocks.Add(new ImportBlock(0, paragraph.ToString(), null));
            }

            paragraph.Clear();
        }
    }

    /// <summary>Markdown's inline markup as plain text: link text kept, images, emphasis, code marks and HTML tags dropped.</summary>
    private static string StripMarkup(string line)
    {
        // An image says nothing in a chat answer; its alt text is usually a caption (「図」).
        var text = Image().Replace(line, string.Empty);
        text = Link().Replace(text, "$1");
        text = HtmlTag().Replace(text, string.Empty);
        text = Emphasis().Replace(text, string.Empty);
        text = TableCells().Replace(text.Trim(), " ／ ");
        text = text.Trim().Trim('／').Trim();
        return BlockQuote().Replace(text, string.Empty);
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s*([-*+]|[0-9]+[.)])\s+")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s*([-*_]\s*){3,}$")]
    private static partial Regex HorizontalRule();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(\*\*|__|\*|`|~~)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s*\|\s*")]
    private static partial Regex TableCells();

    [GeneratedRegex(@"^\s*>\s?")]
    private static partial Regex BlockQuote();
}
