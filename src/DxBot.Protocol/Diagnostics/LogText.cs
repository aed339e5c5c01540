using System.Text;

namespace DxBot.Protocol.Diagnostics;

/// <summary>
/// Makes a string a caller sent (an event type, an event or activity id) safe for a log line. A valid signature or
/// token proves who sent the body, not that its strings are sane: an event type with newlines or ANSI escapes would
/// forge log lines or repaint a terminal, and a 100,000-character id would bloat every line it appears in.
/// </summary>
public static class LogText
{
    /// <summary>Longer than any id or type the channels send (LINE's webhookEventId is a 26-character ULID).</summary>
    public const int MaxLength = 64;

    public static string Clean(string? value)
    {
        if (value is null)
        {
            return string.Empty;
        }

        if (value.Length <= MaxLength && !value.Any(IsUnsafe))
        {
            return value;
        }

        var cleaned = new StringBuilder(Math.Min(value.Length, MaxLength + 1));
        foreach (var c in value)
        {
            if (cleaned.Length == MaxLength)
            {
                cleaned.Append('…');
                break;
            }

            cleaned.Append(IsUnsafe(c) ? '?' : c);
        }

        return cleaned.ToString();
    }

    // Control characters (newlines, ESC of ANSI sequences), and the invisible format characters (bidi overrides)
    // that make a log line read differently from what it holds.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.LineSeparator or System.Globalization.UnicodeCategory.ParagraphSeparator;
}
