using System.Text;
using System.Text.RegularExpressions;
using DxBot.Knowledge.Model;

namespace DxBot.Knowledge.Loading;

/// <summary>
/// Reads a plan's plain text (as extracted from its PDF) into passages of a few hundred characters, cut at paragraph
/// boundaries, so that an administrator can drop a plan into a knowledge folder and reindex.
/// </summary>
internal static partial class PlainTextParser
{
    /// <summary>A passage is closed at the first paragraph boundary past this length…</summary>
    private const int TargetLength = 300;

    /// <summary>…and never grows past this one, so a hit still reads on a phone.</summary>
    private const int MaxLength = 600;

    /// <summary>Passages with fewer letters than this are left out: page furniture, stray table cells.</summary>
    private const int MinLetters = 40;

    /// <summary>A heading closes the passage before it only when that passage is worth a hit of its own.</summary>
    private const int MinLengthBeforeHeading = 150;

    private const int CityScanLines = 20;

    private const int MaxHeadingLength = 40;

    /// <summary>A table of contents that seems to go on longer than this has been misread; normal reading resumes.</summary>
    private const int MaxContentsLines = 80;

    public static IReadOnlyList<KnowledgeEntry> Parse(
        KnowledgeFile file, string text, IReadOnlyDictionary<string, CityProfile> cities, ErrorLog errors)
    {
        var lines = TextFileReader.Lines(text);
        var opening = lines.Where(l => !string.IsNullOrWhiteSpace(l)).Take(CityScanLines).Select(Compact).ToList();
        var city = FindCity(file, opening, cities);
        var document = city is not null && (city.Plan.Seed == file.Name || opening.Any(l => l.Contains(Compact(city.Plan.Title), StringComparison.Ordinal)))
            ? $"{city.Plan.Title}（原文）"
            : file.Name;

        var paragraphs = Paragraphs(CleanLines(lines));
        var hasPages = text.Contains('\f', StringComparison.Ordinal);
        var passages = Passages(paragraphs);
        if (passages.Count == 0)
        {
            errors.Add(file, 0, "索引にできる文章がありません。");
            return [];
        }

        var entries = new List<KnowledgeEntry>(passages.Count);
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            var number = i + 1;
            var section = passage.Heading ?? (hasPages ? $"p.{passage.Page}" : $"抜粋{number}");
            var title = passage.Heading ?? Shorten(passage.Text.Split('\n')[0], 30);
            entries.Add(new KnowledgeEntry($"{file.RootName}/{file.RelativePath}#{number}", title, passage.Text, new Citation(document, section))
            {
                CityId = city?.Id,
                Topic = KnowledgeTopics.Text,
                File = file.RelativePath,
                Line = passage.Line,
            });
        }

        return entries;
    }

    /// <summary>The city of cities/&lt;id&gt;/, else the city whose name comes first in the opening lines.</summary>
    private static CityProfile? FindCity(KnowledgeFile file, IReadOnlyList<string> opening, IReadOnlyDictionary<string, CityProfile> cities)
    {
        if (file.CityFolder is { } folder && cities.TryGetValue(folder, out var byFolder))
        {
            return byFolder;
        }

        foreach (var line in opening)
        {
            var found = cities.Values
                .Select(c => (City: c, Index: line.IndexOf(Compact(c.Name), StringComparison.Ordinal)))
                .Where(m => m.Index >= 0)
                .OrderBy(m => m.Index)
                .ThenBy(m => m.City.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (found.City is not null)
            {
                return found.City;
            }
        }

        return null;
    }

    private static List<CleanLine> CleanLines(string[] lines)
    {
        var result = new List<CleanLine>(lines.Length);
        var page = 1;
        HashSet<string>? contents = null;
        var contentsStart = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var raw = lines[i];
            var breaks = raw.Count(c => c == '\f');
            var lineText = Clean(raw);
            var blank = lineText.Length == 0 || SeparatorLine().IsMatch(lineText);
            if (contents is not null && !blank)
            {
                // The table of contents lists the headings the text repeats; the first repeat (or a sentence) ends it.
                var key = ContentsKey(lineText);
                if (contents.Contains(key) || lineText.Contains('。', StringComparison.Ordinal) || i - contentsStart > MaxContentsLines)
                {
                    contents = null;
                }
                else
                {
                    // Contents lines answer nothing and would lend their headings to the passage around them.
                    contents.Add(key);
                    page += breaks;
                    continue;
                }
            }

            if (blank)
            {
                result.Add(new CleanLine(string.Empty, i + 1, page, IsHeading: false));
            }
            else if (ContentsTitle().IsMatch(Compact(lineText)))
            {
                contents = new HashSet<string>(StringComparer.Ordinal);
                contentsStart = i;
            }
            else if (!IsTableOfContents(lineText) && !PageNumberLine().IsMatch(lineText))
            {
                result.Add(new CleanLine(lineText, i + 1, page, IsHeading(raw, lineText)));
            }

            page += breaks;
        }

        return result;
    }

    /// <summary>A contents line as its heading will appear in the text: without dot leaders, page number or spaces.</summary>
    private static string ContentsKey(string text)
    {
        var withoutLeader = TocLeader().Split(text)[0];
        return Compact(TocPageNumber().Replace(withoutLeader, string.Empty));
    }

    /// <summary>Removes what PDF extraction leaves behind: footnote markers, superscript digits, tabs of flattened tables.</summary>
    private static string Clean(string raw)
    {
        var text = FootnoteMarker().Replace(raw.Replace("\f", string.Empty, StringComparison.Ordinal), string.Empty);
        text = Superscripts().Replace(text, string.Empty);
        return Spaces().Replace(text.Replace('\t', ' '), " ").Trim();
    }

    /// <summary>A line of the plan's table of contents: dot leaders, or a heading followed by its page number.</summary>
    private static bool IsTableOfContents(string text)
    {
        if (TocLeader().IsMatch(text))
        {
            return true;
        }

        var pageNumber = TocPageNumber().Match(text);
        return pageNumber.Success && pageNumber.Index is > 0 and <= MaxHeadingLength && HeadingLine().IsMatch(text[..pageNumber.Index]);
    }

    private static bool IsHeading(string raw, string text) =>
        text.Length <= MaxHeadingLength
        && !raw.Contains('\t', StringComparison.Ordinal)
        && !text.Contains('。', StringComparison.Ordinal)
        && !text.EndsWith('、')
        && HeadingLine().IsMatch(text);

    /// <summary>Groups lines into paragraphs; a heading is a paragraph of its own, a sentence cut by a page break is mended.</summary>
    private static List<Paragraph> Paragraphs(List<CleanLine> lines)
    {
        var paragraphs = new List<Paragraph>();
        var current = new List<CleanLine>();

        void Close()
        {
            if (current.Count == 0)
            {
                return;
            }

            var paragraph = new Paragraph(string.Join('\n', current.Select(l => l.Text)), current[0].Line, current[0].Page, IsHeading: false);
            if (paragraphs.Count > 0 && paragraphs[^1] is { IsHeading: false } previous && IsCutSentence(previous.Text, paragraph.Text))
            {
                paragraphs[^1] = previous with { Text = previous.Text + paragraph.Text };
            }
            else
            {
                paragraphs.Add(paragraph);
            }

            current.Clear();
        }

        foreach (var line in lines)
        {
            if (line.Text.Length == 0)
            {
                Close();
            }
            else if (line.IsHeading)
            {
                Close();
                paragraphs.Add(new Paragraph(line.Text, line.Line, line.Page, IsHeading: true));
            }
            else
            {
                current.Add(line);
            }
        }

        Close();
        return paragraphs;
    }

    /// <summary>Whether a paragraph ends mid-sentence and the next goes on with it (a page break fell inside a sentence).</summary>
    private static bool IsCutSentence(string previous, string next) =>
        previous.Length >= MinLetters && IsJapaneseLetter(previous[^1]) && IsJapaneseLetter(next[0]);

    private static bool IsJapaneseLetter(char c) =>
        c is >= '\u3041' and <= '\u30FA' or >= '\u4E00' and <= '\u9FFF';

    private static List<Passage> Passages(List<Paragraph> paragraphs)
    {
        var passages = new List<Passage>();
        var buffer = new StringBuilder();
        string? heading = null;
        var start = (Line: 0, Page: 1, Heading: (string?)null);

        void Flush()
        {
            var text = buffer.ToString().Trim();
            if (text.Count(char.IsLetterOrDigit) >= MinLetters)
            {
                passages.Add(new Passage(text, start.Line, start.Page, start.Heading));
            }

            buffer.Clear();
        }

        void Append(string piece, Paragraph from)
        {
            if (buffer.Length == 0)
            {
                start = (from.Line, from.Page, heading);
            }
            else
            {
                buffer.Append('\n');
            }

            buffer.Append(piece);
        }

        foreach (var paragraph in paragraphs)
        {
            if (paragraph.IsHeading)
            {
                if (buffer.Length >= MinLengthBeforeHeading)
                {
                    Flush();
                }

                heading = paragraph.Text;
                Append(paragraph.Text, paragraph);
                // What little came before the heading is outweighed by what follows it, and of stacked headings
                // (第2章 / 2-1 …) the innermost names the passage best.
                start.Heading = heading;

                continue;
            }

            foreach (var piece in SplitLong(paragraph.Text))
            {
                if (buffer.Length > 0 && buffer.Length + piece.Length + 1 > MaxLength)
                {
                    Flush();
                }

                Append(piece, paragraph);
                if (buffer.Length >= TargetLength)
                {
                    Flush();
                }
            }
        }

        Flush();
        return passages;
    }

    /// <summary>Cuts a paragraph longer than a passage at sentence ends (or, for a run-on table, anywhere).</summary>
    private static IEnumerable<string> SplitLong(string text)
    {
        if (text.Length <= MaxLength)
        {
            yield return text;
            yield break;
        }

        var piece = new StringBuilder();
        foreach (var sentence in SentenceEnd().Split(text).Where(s => s.Length > 0))
        {
            if (piece.Length > 0 && piece.Length + sentence.Length > MaxLength)
            {
                yield return piece.ToString();
                piece.Clear();
            }

            var rest = sentence;
            while (rest.Length > MaxLength)
            {
                yield return rest[..MaxLength];
                rest = rest[MaxLength..];
            }

            piece.Append(rest);
        }

        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    private static string Compact(string text) => Whitespace().Replace(text, string.Empty);

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length] + "…";

    [GeneratedRegex(@"\^\{[^}]{0,12}\}")]
    private static partial Regex FootnoteMarker();

    [GeneratedRegex("[⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻]+")]
    private static partial Regex Superscripts();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^[\-‐–—―|｜:：=＝_＿+*~\s]+$")]
    private static partial Regex SeparatorLine();

    [GeneratedRegex(@"^[\-‐－—\s]*[0-9０-９]{1,3}[\-‐－—\s]*$|^[0-9]{1,3}\s*/\s*[0-9]{1,3}$")]
    private static partial Regex PageNumberLine();

    [GeneratedRegex(@"・{3,}|･{3,}|…{2,}|\.{4,}|\*{3,}|．{3,}")]
    private static partial Regex TocLeader();

    [GeneratedRegex(@"[\t ]+[0-9０-９]{1,3}[\t ]*$")]
    private static partial Regex TocPageNumber();

    [GeneratedRegex(@"^[<＜【\[]?目次[>＞】\]]?$")]
    private static partial Regex ContentsTitle();

    [GeneratedRegex(@"(?<=。)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(
        @"^(第\s*[0-9０-９一二三四五六七八九十]+\s*[章節編部](\s|$)"
        + @"|[0-9０-９]{1,2}(?:[\-－][0-9０-９]{1,2})?(?:[\.．_]\s*|\s+)(?![0-9０-９%％年月日人件回倍])\S"
        + @"|[（(][0-9０-９]{1,2}[）)]\s*\S"
        + @"|[（(【<＜]?取組施策\s*[0-9０-９]+"
        + @"|(はじめに|おわりに|用語集|参考資料)$)")]
    private static partial Regex HeadingLine();

    private sealed record CleanLine(string Text, int Line, int Page, bool IsHeading);

    private sealed record Paragraph(string Text, int Line, int Page, bool IsHeading);

    private sealed record Passage(string Text, int Line, int Page, string? Heading);
}
