using DxBot.Dialogs.Routing;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// A glossary entry (「用語：Society 5.0・ICT」) defines the terms it names. Short and dense with the plan's words, it
/// ranks well for questions that never name those terms (「目指してるまちの姿は？」 matched Society 5.0's 「目指す未来社会」),
/// so it answers only a question naming one of its terms or keywords.
/// </summary>
public static class GlossaryEntry
{
    private const string TitlePrefix = "用語：";

    public static bool Is(KnowledgeEntry entry) => entry.Title.StartsWith(TitlePrefix, StringComparison.Ordinal);

    public static bool IsNamedBy(string normalizedQuestion, KnowledgeEntry entry)
    {
        if (!Is(entry))
        {
            return true;
        }

        var question = Compact(normalizedQuestion);
        return entry.Title[TitlePrefix.Length..].Split('・').Concat(entry.Keywords)
            .Select(term => Compact(TextNormalizer.Normalize(term)))
            .Any(term => term.Length > 0 && question.Contains(term, StringComparison.Ordinal));
    }

    private static string Compact(string text) => text.Replace(" ", "", StringComparison.Ordinal);
}
