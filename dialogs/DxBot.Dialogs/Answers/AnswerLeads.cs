using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// The sentences to put first in an answer: for an imported passage the ones that answer (<see cref="ExtractiveLead"/>),
/// for a hand-written entry the one clearly better than its opening (<see cref="AnswerLead"/>). Either way what the
/// message itself asks comes before the subject it was read with.
/// </summary>
public static class AnswerLeads
{
    public static IReadOnlyList<string> For(IKnowledgeSearcher searcher, string asked, string readAs, KnowledgeEntry entry)
    {
        if (ImportedPassage.IsImported(entry))
        {
            var (extracted, question) = ExtractiveLead.For(searcher, asked, entry) is { Count: > 0 } own ? (own, asked) : (ExtractiveLead.For(searcher, readAs, entry), readAs);
            // A list asked for (「3つの行動指針を挙げて」) is the passage's own list, which opens it: read from the top.
            return ExtractiveLead.AsksForSeveral(asked) ? extracted : ExtractiveLead.WithWhatFollows(searcher, question, entry, extracted);
        }

        return AnswerLead.For(asked, entry) is { Count: > 0 } lead ? lead : AnswerLead.For(readAs, entry);
    }
}
