using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// Entries that came from `dxbot import` (or /admin/import): the importer writes them as `imported-NAME.md`, and their
/// sections are a document's raw passages, not text written to be answered from its first sentence.
/// </summary>
public static class ImportedPassage
{
    public const string FilePrefix = "imported-";

    public static bool IsImported(KnowledgeEntry entry) =>
        entry.File is { } file && Path.GetFileName(file).StartsWith(FilePrefix, StringComparison.Ordinal);
}
