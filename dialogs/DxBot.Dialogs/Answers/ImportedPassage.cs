using System.Text.RegularExpressions;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// Entries that came from `dxbot import` (or /admin/import): the importer writes them as `imported-NAME.md`, and their
/// sections are a document's raw passages, not text written to be answered from its first sentence.
/// </summary>
public static partial class ImportedPassage
{
    public const string FilePrefix = "imported-";

    // A passage announcing its sub-sections does it in one short sentence.
    private const int MaxLeadIn = 60;

    // The span overload: the file's name without a string of its own (asked of every entry when a generation is prepared).
    public static bool IsImported(KnowledgeEntry entry) =>
        entry.File is { } file && Path.GetFileName(file.AsSpan()).StartsWith(FilePrefix, StringComparison.Ordinal);

    /// <summary>A table's row as the importer writes it: a list line with its cells between 「 ／ 」.</summary>
    public static bool IsTableRow(string line) => line.StartsWith('・') && line.Contains(" ／ ", StringComparison.Ordinal);

    /// <summary>
    /// A passage that only announces what its sub-sections hold (行方市's 「3_基本理念」: 「本市DXの基本理念を次のとおり
    /// 掲げます。」, then (1) 使命, (2) 未来の姿, (3) 行動基準, each a section of its own) says nothing by itself: found for
    /// 「DXで何を目指しているの？」 it answered with that one sentence. It is answered with each sub-section's heading and
    /// first line (the slogan, as the plan states it), as a reader sees them on the page. Only the answer reads them:
    /// indexed with the passage, the sub-sections' words would make it found for what they say one by one.
    /// </summary>
    public static KnowledgeEntry WithSubSections(KnowledgeEntry entry, IReadOnlyList<KnowledgeEntry> entries)
    {
        if (!IsImported(entry) || entry.Source.Section is not { Length: > 0 } section || entry.Body.Trim() is var body
            && (body.Contains('\n', StringComparison.Ordinal) || body.Length > MaxLeadIn || !LeadIn().IsMatch(body)))
        {
            return entry;
        }

        var children = entries
            .Where(e => e.File == entry.File && e.Source.Section is { } s && s.StartsWith(section + " ＞ ", StringComparison.Ordinal))
            .OrderBy(e => e.Line)
            .Select(e => $"・{e.Title}：{e.Body.Split('\n')[0].Trim()}")
            .ToList();
        return children.Count == 0 ? entry : entry with { Body = string.Join('\n', [body, .. children]) };
    }

    /// <summary>
    /// The parent of a sub-section found, when the question names a sibling sub-section too and the parent announces
    /// them (<see cref="WithSubSections"/>): 「基本理念のビジョンとバリューは？」 found 行方市's 「(3) 行動基準 ～バリュー」
    /// alone, while 「3_基本理念」 gives the vision of 「(2) 未来の姿 ～ビジョン」 beside it. A sibling is named by a word of
    /// its title (katakana of three or more, kanji of two or more) that the sub-section found does not hold.
    /// </summary>
    public static KnowledgeEntry ParentWhenSiblingsAsked(string question, KnowledgeEntry entry, IReadOnlyList<KnowledgeEntry> entries)
    {
        var section = entry.Source.Section ?? "";
        var cut = section.LastIndexOf(" ＞ ", StringComparison.Ordinal);
        if (!IsImported(entry) || cut < 0)
        {
            return entry;
        }

        var parentSection = section[..cut];
        var parent = entries.FirstOrDefault(e => e.File == entry.File && e.Source.Section == parentSection);
        if (parent is null || WithSubSections(parent, entries) is var expanded && ReferenceEquals(expanded, parent))
        {
            return entry;
        }

        var asked = Routing.TextNormalizer.Normalize(question);
        var own = Routing.TextNormalizer.Normalize(entry.Title + "\n" + entry.Body);
        var siblingNamed = entries
            .Where(e => e.File == entry.File && e.Id != entry.Id && e.Source.Section is { } s && s.StartsWith(parentSection + " ＞ ", StringComparison.Ordinal)
                && !s[(parentSection.Length + 3)..].Contains(" ＞ ", StringComparison.Ordinal))
            .SelectMany(e => TitleWord().Matches(Routing.TextNormalizer.Normalize(e.Title)).Select(m => m.Value))
            .Any(w => asked.Contains(w, StringComparison.Ordinal) && !own.Contains(w, StringComparison.Ordinal));
        return siblingNamed ? parent : entry;
    }

    [GeneratedRegex(@"[\p{IsKatakana}ー]{3,}|[\p{IsCJKUnifiedIdeographs}]{2,}")]
    private static partial Regex TitleWord();

    // 「…を次のとおり掲げます。」「以下の3つを定めます。」: a sentence pointing at what comes after it.
    [GeneratedRegex(@"(次の|以下の)(とおり|通り|[0-9０-９一二三四五六七八九]+つ)?.{0,20}(ます|する|る)。$")]
    private static partial Regex LeadIn();
}
