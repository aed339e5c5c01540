using System.Globalization;
using System.Text;
using DxBot.Dialogs.Answers;

namespace DxBot.Cli;

/// <summary>
/// The question report as a plain-text table for a terminal. Japanese characters take two columns there, so
/// padding counts display width, not characters. Everything that comes from the log (residents' questions, entry
/// titles, city ids) goes through <see cref="TerminalText.Clean"/> first: the log's text is residents' text.
/// </summary>
public static class QuestionReportRenderer
{
    private const int CityWidth = 12;
    private const int TitleWidth = 36;
    private const int TextWidth = 60;

    public static string Render(QuestionReport report, string source, string? cityId, DateTimeOffset since)
    {
        var builder = new StringBuilder();
        var from = since == DateTimeOffset.MinValue ? "the start of the log" : since.ToOffset(QuestionReport.JapanOffset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        builder.AppendLine($"Question log: {source} (city: {cityId ?? "all"}; since {from}; times in JST)");
        builder.AppendLine();

        builder.AppendLine($"Unanswered questions, most asked first: {report.UnansweredGroups} distinct, {report.UnansweredAsked} asked");
        if (report.Unanswered.Count == 0)
        {
            builder.AppendLine("  (none)");
        }
        else
        {
            builder.AppendLine($"{"count",5}  {Pad("city", CityWidth)}  {Pad("last seen", 16)}  question");
            foreach (var group in report.Unanswered)
            {
                builder.AppendLine($"{group.Count,5}  {Pad(TerminalText.Clean(group.CityId ?? "-"), CityWidth)}  {Time(group.LastSeen)}  {Cut(TerminalText.Clean(group.Text), TextWidth)}");
            }

            More(builder, report.UnansweredGroups - report.Unanswered.Count);
        }

        builder.AppendLine();
        builder.AppendLine($"Feedback on answers, least helpful first: {report.RatedAnswers} answers rated");
        if (report.Feedback.Count == 0)
        {
            builder.AppendLine("  (none)");
        }
        else
        {
            builder.AppendLine($"{Pad("👎", 4, right: true)}  {Pad("👍", 4, right: true)}  {Pad("answer (entry title)", TitleWidth)}  {Pad("last seen", 16)}  sample question");
            foreach (var group in report.Feedback)
            {
                builder.AppendLine($"{group.NotHelpful,4}  {group.Helpful,4}  {Pad(Cut(TerminalText.Clean(group.EntryTitle), TitleWidth), TitleWidth)}  {Time(group.LastSeen)}  {Cut(TerminalText.Clean(group.SampleQuestion), TextWidth)}");
            }

            More(builder, report.RatedAnswers - report.Feedback.Count);
        }

        return builder.ToString();
    }

    /// <summary>Columns a terminal gives the text: two for East Asian wide and full-width characters and emoji.</summary>
    public static int DisplayWidth(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += IsWide(rune.Value) ? 2 : 1;
        }

        return width;
    }

    private static void More(StringBuilder builder, int more)
    {
        if (more > 0)
        {
            builder.AppendLine($"  … and {more} more (--limit to list more)");
        }
    }

    private static string Time(DateTimeOffset at) =>
        at.ToOffset(QuestionReport.JapanOffset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string Pad(string text, int width, bool right = false)
    {
        var padding = new string(' ', Math.Max(0, width - DisplayWidth(text)));
        return right ? padding + text : text + padding;
    }

    private static string Cut(string text, int width)
    {
        if (DisplayWidth(text) <= width)
        {
            return text;
        }

        var builder = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var w = IsWide(rune.Value) ? 2 : 1;
            if (used + w > width - 1)
            {
                break;
            }

            builder.Append(rune.ToString());
            used += w;
        }

        return builder.Append('…').ToString();
    }

    private static bool IsWide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6) or (>= 0x1F300 and <= 0x1FAFF);
}
