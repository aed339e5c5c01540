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

    // A city's glossary file may title its terms as questions (「スマート自治体とは」) rather than with TitlePrefix.
    private const string GlossaryFile = "/glossary.md#";

    private const string WhatIs = "とは";

    // Keywords every glossary entry carries, naming no term.
    private static readonly string[] Generic = [WhatIs, "用語"];

    public static bool Is(KnowledgeEntry entry) =>
        entry.Title.StartsWith(TitlePrefix, StringComparison.Ordinal) || entry.Id.Contains(GlossaryFile, StringComparison.Ordinal);

    public static bool IsNamedBy(string normalizedQuestion, KnowledgeEntry entry)
    {
        if (!Is(entry))
        {
            return true;
        }

        var question = Compact(normalizedQuestion);
        return Terms(entry).Concat(entry.Keywords.Where(k => !Generic.Contains(k)))
            .Select(term => Compact(TextNormalizer.Normalize(term)))
            .Any(term => term.Length > 0 && question.Contains(term, StringComparison.Ordinal));
    }

    /// <summary>
    /// The terms a glossary entry defines: 「用語：電子申請・オンライン」 lists them; 「DX（デジタル・トランスフォーメーション）とは」
    /// names one, with its full name in brackets (whose 「デジタル」 alone is no term of its).
    /// </summary>
    private static IEnumerable<string> Terms(KnowledgeEntry entry)
    {
        if (entry.Title.StartsWith(TitlePrefix, StringComparison.Ordinal))
        {
            return entry.Title[TitlePrefix.Length..].Split('・');
        }

        var term = entry.Title.EndsWith(WhatIs, StringComparison.Ordinal) ? entry.Title[..^WhatIs.Length] : entry.Title;
        var bracket = term.IndexOf('（', StringComparison.Ordinal);
        var named = bracket > 0 ? term[..bracket] : term;
        // 「IoT・AIとは」 defines each.
        IEnumerable<string> terms = [named, .. named.Split('・')];
        return bracket > 0 ? terms.Append(term[(bracket + 1)..].TrimEnd('）')) : terms;
    }

    private static string Compact(string text) => text.Replace(" ", "", StringComparison.Ordinal);
}
