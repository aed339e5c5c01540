using SkiaSharp;

namespace DxBot.Cli.RichMenu;

/// <summary>
/// Draws the rich menu's PNG with SkiaSharp. The labels are Japanese, so a font with Japanese glyphs must be
/// installed (Debian: fonts-noto-cjk); without one the labels would be drawn as empty boxes, so none is drawn.
/// </summary>
public static class RichMenuImage
{
    /// <summary>LINE refuses a rich menu image above 1 MB.</summary>
    public const int MaxBytes = 1024 * 1024;

    private static readonly string[] PreferredFamilies = ["Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "Source Han Sans JP"];

    private static readonly SKColor[] Tiles =
    [
        new(0x1f, 0x6f, 0xb5), new(0x2e, 0x8b, 0x57), new(0xd9, 0x73, 0x1a), new(0x8e, 0x44, 0xad), new(0x55, 0x5f, 0x6b), new(0x16, 0xa0, 0x85),
    ];

    /// <summary>A typeface that has Japanese glyphs, or null when none is installed.</summary>
    public static SKTypeface? FindJapaneseTypeface()
    {
        foreach (var family in PreferredFamilies)
        {
            var typeface = SKFontManager.Default.MatchFamily(family, SKFontStyle.Bold);
            if (typeface is not null && HasJapanese(typeface))
            {
                return typeface;
            }

            typeface?.Dispose();
        }

        var fallback = SKFontManager.Default.MatchCharacter(null, SKFontStyle.Bold, ["ja-JP"], 'あ');
        return fallback is not null && HasJapanese(fallback) ? fallback : null;
    }

    public static byte[] DrawPng(IReadOnlyList<RichMenuItem> items, SKTypeface typeface)
    {
        ArgumentNullException.ThrowIfNull(items);
        var bounds = RichMenuLayout.Bounds(items.Count);
        using var bitmap = new SKBitmap(RichMenuLayout.Width, RichMenuLayout.Height, SKColorType.Rgba8888, SKAlphaType.Opaque);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var fill = new SKPaint { IsAntialias = true };
        using var text = new SKPaint { IsAntialias = true, Color = SKColors.White };
        const int gap = 12;
        for (var i = 0; i < items.Count; i++)
        {
            var area = bounds[i];
            var tile = new SKRect(area.X + gap, area.Y + gap, area.X + area.Width - gap, area.Y + area.Height - gap);
            fill.Color = Tiles[i % Tiles.Length];
            canvas.DrawRoundRect(tile, 36, 36, fill);

            using var label = FittingFont(typeface, items[i].Label, tile.Width * 0.86f, 140f);
            using var caption = FittingFont(typeface, items[i].Caption, tile.Width * 0.8f, 64f);
            // The label and its caption as one block centred in the tile, a line's gap apart.
            var spacing = caption.Size * 0.8f;
            var top = tile.MidY - (label.Size + spacing + caption.Size) / 2;
            canvas.DrawText(items[i].Label, tile.MidX, top + label.Size * 0.88f, SKTextAlign.Center, label, text);
            canvas.DrawText(items[i].Caption, tile.MidX, top + label.Size + spacing + caption.Size * 0.88f, SKTextAlign.Center, caption, text);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static SKFont FittingFont(SKTypeface typeface, string text, float maxWidth, float size)
    {
        var font = new SKFont(typeface, size);
        var width = font.MeasureText(text);
        if (width > maxWidth)
        {
            font.Size = size * maxWidth / width;
        }

        return font;
    }

    private static bool HasJapanese(SKTypeface typeface)
    {
        using var font = new SKFont(typeface);
        return font.ContainsGlyphs("あア漢");
    }
}
