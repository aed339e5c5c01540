using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Cli;

/// <summary>
/// Makes text the bot did not write (residents' questions) safe to print to an administrator's terminal: escape
/// sequences (CSI such as clear-screen, OSC such as a window title or OSC 52, which writes the clipboard) are removed
/// whole, and every other control character, C0 or C1, and the bidirectional overrides and isolates (which can make a
/// line read differently from what it is) are dropped. Line breaks and tabs become spaces, so one entry stays one row.
/// </summary>
public static partial class TerminalText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var withoutSequences = EscapeSequence().Replace(text, string.Empty);
        var builder = new StringBuilder(withoutSequences.Length);
        foreach (var c in withoutSequences)
        {
            if (c is '\n' or '\r' or '\t')
            {
                builder.Append(' ');
            }
            else if (!IsUnsafe(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsUnsafe(char c) =>
        char.IsControl(c) // C0, DEL and C1 (U+0080–U+009F, which include 8-bit CSI and OSC)
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    // OSC / DCS / SOS / PM / APC up to BEL or ST (ESC \ or U+009C), 7- and 8-bit; CSI with its parameters; any other
    // two-character escape. An unterminated string runs to the end of the text, so nothing of it is printed.
    [GeneratedRegex(@"(?:\x1B[\]PX^_]|[\x90\x98\x9D\x9E\x9F])[\s\S]*?(?:\x07|\x1B\\|\x9C|$)|(?:\x1B\[|\x9B)[\x30-\x3F]*[\x20-\x2F]*[\x40-\x7E]?|\x1B[\x20-\x2F]*[\x30-\x7E]?")]
    private static partial Regex EscapeSequence();
}
