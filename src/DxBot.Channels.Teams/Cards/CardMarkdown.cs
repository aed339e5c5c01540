using System.Text;
using System.Text.RegularExpressions;

namespace DxBot.Channels.Teams.Cards;

/// <summary>
/// Keeps a line of text from being read as markdown by Teams, which renders a subset of it in TextBlocks: the bot's
/// replies quote residents (`unanswered` lists their questions), and a resident's 「[こちら](https://…)」 must not
/// become a link, nor 「- 」 or 「1. 」 a list, nor 「**」 bold. The characters are replaced by their full-width forms
/// rather than escaped with a backslash, which some Teams clients show as typed; a Japanese reader sees no
/// difference. Web addresses are left as they are, so a bare URL still reads as one.
/// </summary>
internal static partial class CardMarkdown
{
    public static string Escape(string line)
    {
        var builder = new StringBuilder(line.Length);
        var position = 0;
        foreach (Match url in Url().Matches(line))
        {
            AppendEscaped(builder, line.AsSpan(position, url.Index - position));
            builder.Append(url.Value);
            position = url.Index + url.Length;
        }

        AppendEscaped(builder, line.AsSpan(position));
        return LeadingMarker().Replace(builder.ToString(), m => m.Groups["indent"].Value + FullWidth(m.Groups["marker"].Value) + m.Groups["space"].Value);
    }

    private static void AppendEscaped(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '[' => '［',
                ']' => '］',
                '(' => '（',
                ')' => '）',
                '*' => '＊',
                '_' => '＿',
                '#' => '＃',
                '>' => '＞',
                '<' => '＜',
                '`' => '｀',
                '~' => '～',
                '|' => '｜',
                '\\' => '＼',
                _ => c,
            });
        }
    }

    // 「1.」 becomes 「1．」, 「-」 「－」, 「+」 「＋」: only at the start of a line, where they would begin a list.
    private static string FullWidth(string marker) =>
        string.Concat(marker.Select(c => c switch
        {
            '-' => '－',
            '+' => '＋',
            '.' => '．',
            _ => c,
        }));

    [GeneratedRegex(@"^(?<indent>\s*)(?<marker>[-+]|[0-9]+\.)(?<space>\s|$)")]
    private static partial Regex LeadingMarker();

    [GeneratedRegex(@"\bhttps?://[^\s()\[\]<>`]+", RegexOptions.IgnoreCase)]
    private static partial Regex Url();
}
