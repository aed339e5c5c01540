using System.Text;
using System.Text.RegularExpressions;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Text;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// Builds the one message a resident reads from an entry: the sentences that answer first, then as much of the rest
/// as fits, a note when a target's year has passed, and the citation last. The whole message, not only the body,
/// stays within the length limit; what did not fit is offered with 「詳しく」.
/// </summary>
public static partial class AnswerComposer
{
    /// <summary>Composes the answer; <paramref name="lead"/> are sentences of the body to put first (those that answer).</summary>
    public static ComposedAnswer Compose(KnowledgeEntry entry, IReadOnlyList<string> lead, AnswerContext context)
    {
        // The entry's sentences as split once per generation (the same split of the same body).
        var sentences = AnswerLead.SentencesOf(entry);
        var ordered = lead.Where(sentences.Contains).Concat(sentences.Where(s => !lead.Contains(s))).ToList();
        if (ordered.Count > 0 && lead.Contains(ordered[0]))
        {
            ordered[0] = AnswerLead.WithoutConnective(ordered[0]);
        }

        return Build(entry, ordered, 0, context);
    }

    /// <summary>The part of the entry not shown yet (after 「詳しく」), from sentence <paramref name="from"/> on.</summary>
    public static ComposedAnswer Continue(KnowledgeEntry entry, int from, AnswerContext context)
    {
        var sentences = AnswerLead.SentencesOf(entry);
        return Build(entry, sentences, Math.Clamp(from, 0, sentences.Count), context);
    }

    /// <summary>
    /// The sentences the last answer left (after 「詳しく」), in the order it was reading them: what an extractive answer
    /// put first is not shown again, and what it passed over is.
    /// </summary>
    public static ComposedAnswer Continue(KnowledgeEntry entry, IReadOnlyList<string> rest, AnswerContext context) => Build(entry, rest, 0, context);

    /// <summary>The body's sentences, each with its closing mark; line breaks end a sentence too (lists).</summary>
    public static IReadOnlyList<string> Sentences(string body)
    {
        var result = new List<string>();
        foreach (Match match in Sentence().Matches(body.Trim()))
        {
            var sentence = match.Value.Trim();
            if (sentence.Length > 0)
            {
                result.Add(sentence);
            }
        }

        return result;
    }

    private static ComposedAnswer Build(KnowledgeEntry entry, IReadOnlyList<string> sentences, int from, AnswerContext context)
    {
        var heading = $"【{entry.Title}】\n";
        var citation = $"\n{AnswerFormatter.SourcePrefix}{entry.Source}";
        var shown = sentences.Skip(from).ToList();
        var note = PassedTargetNote(string.Concat(shown), context);
        var budget = context.MaxLength - heading.Length - citation.Length - (note is null ? 0 : note.Length + 1) - MoreHint.Length;

        var body = new StringBuilder();
        var count = 0;
        // A plan's sub-heading line (「■ ICTを活用した議会運営」) stands on its own line, not run into its first sentence.
        var afterHeading = false;
        foreach (var sentence in shown)
        {
            var separator = body.Length == 0 || body[^1] == '\n' ? "" : NeedsBreak(sentence) || afterHeading ? "\n" : "";
            // A list's line (「・成果目標 ／ …」 put first) ends its line too: the sentence after it is not part of the row.
            afterHeading = ExtractiveLead.IsSubHeading(sentence) || sentence.StartsWith('・');
            if (body.Length + separator.Length + sentence.Length > budget && count > 0)
            {
                break;
            }

            body.Append(separator).Append(count == 0 && sentence.Length > budget ? TextCap.Cut(sentence, Math.Max(budget, 40)) : sentence);
            count++;
        }

        var continueFrom = from + count < sentences.Count ? from + count : (int?)null;
        var text = heading + body + (note is null ? "" : "\n" + note) + (continueFrom is null ? "" : MoreHint) + citation;
        return new ComposedAnswer(text, continueFrom, continueFrom is { } next ? [.. sentences.Skip(next)] : null);
    }

    /// <summary>Shown when the answer goes on: the resident taps 「詳しく」 for the rest.</summary>
    public const string MoreHint = "\n（続きは「詳しく」でご覧いただけます）";

    /// <summary>
    /// A plan's target whose year is over is still only what the plan aimed at: say so, and where to learn today's state.
    /// </summary>
    public static string? PassedTargetNote(string text, AnswerContext context)
    {
        if (!TargetWords().IsMatch(text))
        {
            return null;
        }

        // The latest passed year named in the shown text is the one noted; not one of something the plan tells as done
        // (「令和2年度から…支払えるようになりました」), which is a fact, not a target, nor the year work starts (「2022年度
        // 以降に推進」) or a target is measured against (「2018年度と比べて」), which no target is set by.
        var passed = Sentences(text).Where(s => !ToldAsDone().IsMatch(s)).SelectMany(FiscalYear.ToBeDoneIn)
            .Where(y => y.HasEnded(context.Today)).MaxBy(y => y.End);
        return passed is null ? null : AnswerStrings.PassedTarget(passed.Label, context.Office);
    }

    private static bool NeedsBreak(string sentence) => sentence.StartsWith('・') || sentence.StartsWith('-') || char.IsDigit(sentence[0]) || ExtractiveLead.IsSubHeading(sentence);


    // A quotation is part of its sentence, whatever ends inside it (「～DXの海原へ、未来を照らす灯りを。～」): split there,
    // the sentence put first was run into the middle of the quotation.
    [GeneratedRegex(@"(?:[^。！？\n「]|「[^」\n]*」?)+[。！？]*|[。！？]+")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"目標|目指|計画です|予定|までに")]
    private static partial Regex TargetWords();

    // A sentence telling what was done or was so: it ends in the past (ました, でした, …た。).
    [GeneratedRegex(@"(ました|でした|った|した|れた)[。！]?$")]
    private static partial Regex ToldAsDone();

}
