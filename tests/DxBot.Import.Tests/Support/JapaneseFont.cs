namespace DxBot.Import.Tests.Support;

/// <summary>
/// A TrueType font with Japanese glyphs that PdfPig can embed (it cannot embed the CFF outlines of Noto CJK's .ttc):
/// Debian's fonts-ipafont-gothic, which test.sh installs when it is missing.
/// </summary>
internal static class JapaneseFont
{
    private static readonly string[] Candidates =
    [
        "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf",
        "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf",
        "/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf",
        "/usr/share/fonts/truetype/ipafont-gothic/ipag.ttf",
    ];

    public static byte[] Bytes { get; } = File.ReadAllBytes(Candidates.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("No Japanese TrueType font: install the Debian package fonts-ipafont-gothic (test.sh does)."));
}
