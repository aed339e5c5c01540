using DxBot.Knowledge.Model;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// Answer cards built from an answer's own text, so that a card never says something the text does not: each
/// 「【title】」 block becomes a card, its 「出典:」 line the footnote, a 「■」 heading a paragraph on top.
/// </summary>
public static class AnswerCards
{
    /// <summary>The status badge of a procedure as its city's plan gives it; none when the plan says nothing.</summary>
    public static AnswerCardBadge? Badge(ProcedureStatus? status) => status switch
    {
        ProcedureStatus.Online => new AnswerCardBadge(AnswerCardStrings.BadgeOnline, AnswerCardTone.Positive),
        ProcedureStatus.Planned => new AnswerCardBadge(AnswerCardStrings.BadgePlanned, AnswerCardTone.Planned),
        ProcedureStatus.NotOnline => new AnswerCardBadge(AnswerCardStrings.BadgeCounterOnly, AnswerCardTone.Negative),
        _ => null,
    };

    /// <summary>One card per 「【title】」 block of <paramref name="text"/>; with <paramref name="numbered"/>, a block's sentences become numbered steps.</summary>
    public static IReadOnlyList<AnswerCard> FromText(string text, bool numbered = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cards = new List<AnswerCard>();
        string? title = null;
        var body = new List<string>();
        var heading = new List<string>();
        string? footnote = null;

        void Flush()
        {
            if (title is not null)
            {
                cards.Add(new AnswerCard(title)
                {
                    Paragraphs = numbered ? heading.ToList() : [.. heading, .. body],
                    Steps = numbered ? body.SelectMany(Sentences).ToList() : [],
                    Footnote = footnote,
                });
            }

            (title, footnote) = (null, null);
            body.Clear();
            heading.Clear();
        }

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith('【') && line.EndsWith('】'))
            {
                var carried = title is null ? heading.ToList() : [];
                Flush();
                heading.AddRange(carried);
                title = line[1..^1];
            }
            else if (line.StartsWith('■') && title is not null)
            {
                Flush();
                heading.Add(line.TrimStart('■'));
            }
            else if (line.StartsWith('■'))
            {
                heading.Add(line.TrimStart('■'));
            }
            else if (line.StartsWith(AnswerFormatter.SourcePrefix, StringComparison.Ordinal) && title is not null)
            {
                footnote = line;
            }
            else if (line.Length > 0 && title is not null)
            {
                body.Add(line);
            }
        }

        Flush();
        return cards;
    }

    /// <summary>A paragraph's sentences, each with its 「。」.</summary>
    private static IEnumerable<string> Sentences(string paragraph) =>
        paragraph.Split('。', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => s + (paragraph.Contains(s + "。", StringComparison.Ordinal) ? "。" : string.Empty));

    /// <summary>The activity with its cards attached; the text is unchanged.</summary>
    public static Activity Attach(Activity activity, IEnumerable<AnswerCard> cards)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var attachments = cards.Select(c => c.ToAttachment()).ToList();
        return attachments.Count == 0 ? activity : activity with
        {
            Attachments = [.. activity.Attachments ?? [], .. attachments],
            AttachmentLayout = attachments.Count > 1 ? "carousel" : activity.AttachmentLayout,
        };
    }
}
