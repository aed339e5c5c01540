using System.Text;

namespace DxBot.Import;

/// <summary>Writes sections as a knowledge Markdown file (front matter, `## ` entries, `出典:` lines) that the loader reads.</summary>
internal static class DraftWriter
{
    private static readonly string[] MetadataKeys = ["出典", "キーワード", "分類"];

    public static string Write(string cityId, string documentTitle, string fileName, IReadOnlyList<ImportedSection> sections)
    {
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"city: {cityId}\n");
        text.Append("topic: plan\n");
        text.Append("audience: all\n");
        text.Append($"document: {Quoted(documentTitle)}\n");
        text.Append("---\n");
        text.Append($"<!-- dxbot import が {Comment(fileName)} から作った下書きです。内容を確認してから使ってください。取り込み直すとこのファイルは置き換わります。 -->\n\n");
        foreach (var section in sections)
        {
            text.Append("## ").Append(OneLine(section.Title)).Append('\n');
            foreach (var line in section.Body.Split('\n'))
            {
                text.Append(Safe(line)).Append('\n');
            }

            text.Append("出典: ").Append(OneLine(section.Source)).Append('\n');
            if (section.Keywords.Count > 0)
            {
                text.Append("キーワード: ").Append(string.Join(", ", section.Keywords)).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// A body line that would read as markup of the knowledge format (a heading, or a `出典:`-like line, e.g. under a
    /// table taken from a statistic) is reworded so the loader keeps it as text instead of ending the entry early.
    /// </summary>
    private static string Safe(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#') || trimmed.StartsWith("---", StringComparison.Ordinal))
        {
            return "・" + trimmed.TrimStart('#', '-', ' ');
        }

        foreach (var key in MetadataKeys)
        {
            if (trimmed.StartsWith(key, StringComparison.Ordinal) && trimmed[key.Length..].TrimStart() is { Length: > 0 } rest && rest[0] is ':' or '：')
            {
                return key + "（" + rest[1..].Trim() + "）";
            }
        }

        return line;
    }

    private static string OneLine(string text) => LineRules.Normalize(text.Replace('\n', ' '));

    private static string Quoted(string text) => "\"" + OneLine(text).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Comment(string text) => text.Replace("--", "－", StringComparison.Ordinal);
}
