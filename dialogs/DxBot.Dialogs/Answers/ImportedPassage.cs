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

    public static bool IsImported(KnowledgeEntry entry) =>
        entry.File is { } file && Path.GetFileName(file).StartsWith(FilePrefix, StringComparison.Ordinal);

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

    // 「…を次のとおり掲げます。」「以下の3つを定めます。」: a sentence pointing at what comes after it.
    [GeneratedRegex(@"(次の|以下の)(とおり|通り|[0-9０-９一二三四五六七八九]+つ)?.{0,20}(ます|する|る)。$")]
    private static partial Regex LeadIn();
}
