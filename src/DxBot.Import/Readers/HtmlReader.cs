using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace DxBot.Import.Readers;

/// <summary>
/// Reads a web page's content: h1–h6 are headings, paragraphs, list items and table rows are text; navigation, page
/// header and footer, scripts, styles and figure captions are left out, and all markup is removed.
/// </summary>
internal static class HtmlReader
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "figcaption", "button", "select", "iframe", "svg",
    };

    private static readonly HashSet<string> TextBlocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "blockquote", "pre", "address", "caption",
    };

    public static ReadDocument Read(string text)
    {
        var document = new HtmlParser().ParseDocument(text);
        var blocks = new List<ImportBlock>();
        var root = document.QuerySelector("main") ?? document.QuerySelector("article") ?? document.Body;
        if (root is not null)
        {
            Walk(root, blocks);
        }

        var title = document.Title is { Length: > 0 } t ? LineRules.Normalize(t) : null;
        // The page's h1 is its title when it repeats (or replaces) <title>; it heads no section of its own.
        if (blocks.FirstOrDefault(b => b.Level == 1) is { } h1 && blocks.Count(b => b.Level == 1) == 1)
        {
            title = h1.Text;
            blocks.Remove(h1);
        }

        return new ReadDocument(title, blocks);
    }

    private static void Walk(IElement element, List<ImportBlock> blocks)
    {
        foreach (var node in element.ChildNodes)
        {
            switch (node)
            {
                case IElement child when Skipped.Contains(child.LocalName) || child.HasAttribute("hidden"):
                    break;
                case IElement child when child.LocalName.Length == 2 && child.LocalName[0] == 'h' && char.IsAsciiDigit(child.LocalName[1]):
                    Add(blocks, child.LocalName[1] - '0', child.TextContent);
                    break;
                case IElement child when child.LocalName == "tr":
                    Add(blocks, 0, string.Join(" ／ ", child.Children.Select(c => LineRules.Normalize(c.TextContent)).Where(c => c.Length > 0)));
                    break;
                case IElement child when TextBlocks.Contains(child.LocalName) && !child.Children.Any(c => TextBlocks.Contains(c.LocalName) || c.LocalName is "ul" or "ol" or "table"):
                    Add(blocks, 0, child.TextContent);
                    break;
                case IElement child:
                    Walk(child, blocks);
                    break;
                case IText textNode when !string.IsNullOrWhiteSpace(textNode.Data):
                    Add(blocks, 0, textNode.Data);
                    break;
            }
        }
    }

    private static void Add(List<ImportBlock> blocks, int level, string text)
    {
        var normalized = LineRules.Normalize(LineRules.JoinBreaks(text));
        if (normalized.Length > 0 && !LineRules.IsFurniture(normalized))
        {
            blocks.Add(new ImportBlock(level, normalized, null));
        }
    }
}
