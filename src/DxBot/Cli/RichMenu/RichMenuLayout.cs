using DxBot.Channels.Line.Payloads;

namespace DxBot.Cli.RichMenu;

/// <summary>
/// The rich menu's geometry, shared by the request and the image so that an area is where its picture is:
/// LINE's large size (2500×1686), three items on the top row and two on the bottom.
/// </summary>
public static class RichMenuLayout
{
    public const int Width = 2500;

    public const int Height = 1686;

    /// <summary>The rectangles of <paramref name="count"/> items, row by row.</summary>
    public static IReadOnlyList<LineRichMenuBounds> Bounds(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, 6);
        var top = (count + 1) / 2;
        var rows = count == 1 ? new[] { 1 } : new[] { top, count - top };
        var bounds = new List<LineRichMenuBounds>();
        var rowHeight = Height / rows.Length;
        for (var row = 0; row < rows.Length; row++)
        {
            for (var column = 0; column < rows[row]; column++)
            {
                // Integer edges that add up to the full width: no pixel column belongs to no area.
                var left = Width * column / rows[row];
                var right = Width * (column + 1) / rows[row];
                var y = row * rowHeight;
                var height = row == rows.Length - 1 ? Height - y : rowHeight;
                bounds.Add(new LineRichMenuBounds(left, y, right - left, height));
            }
        }

        return bounds;
    }

    public static LineRichMenuRequest Request(string cityId, IReadOnlyList<RichMenuItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var bounds = Bounds(items.Count);
        var areas = items.Select((item, i) => new LineRichMenuArea(bounds[i], new LineMessageAction(item.Label, item.Text))).ToList();
        // Selected: the menu opens with the chat, so a resident sees at once what the account can do.
        return new LineRichMenuRequest(new LineRichMenuSize(Width, Height), Selected: true, RichMenuStrings.Name(cityId), RichMenuStrings.ChatBarText, areas);
    }
}
