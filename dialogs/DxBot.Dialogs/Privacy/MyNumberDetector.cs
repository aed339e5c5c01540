using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Privacy;

/// <summary>
/// Finds 12-digit numbers that may be a resident's My Number (individual number), written with or without
/// spaces or hyphens, in half- or full-width digits. It errs on the side of warning: any such number counts.
/// </summary>
public static partial class MyNumberDetector
{
    public const string Redaction = "［番号を削除しました］";

    public static bool Contains(string? text) => text is not null && Pattern().IsMatch(Fold(text));

    /// <summary>The text with every candidate number replaced, so nothing downstream can keep it.</summary>
    public static string Redact(string text) => Redact(text, Redaction);

    /// <summary>The text with every candidate number replaced by <paramref name="replacement"/>.</summary>
    public static string Redact(string text, string replacement) => Pattern().Replace(Fold(text), replacement);

    // NFKC makes full-width digits and hyphens ASCII; dash-like characters are unified so 1234ー5678ー9012 is caught.
    private static string Fold(string text) =>
        DashLike().Replace(text.Normalize(NormalizationForm.FormKC), "-");

    [GeneratedRegex(@"(?<![0-9])[0-9]{4}[\s-]*[0-9]{4}[\s-]*[0-9]{4}(?![0-9])")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"[‐‑‒–—―ー－−]")]
    private static partial Regex DashLike();
}
