using DxBot.Knowledge.Changes;

namespace DxBot.Cli;

/// <summary>The reindex change report as `dxbot reindex` prints it: totals, then each city's entries by id and title.</summary>
internal static class ChangeReportRenderer
{
    // A first build lists every entry as added; the totals say it all past this many lines.
    private const int ListedPerKind = 30;

    public static void Write(KnowledgeChanges changes, TextWriter output)
    {
        if (changes.IsEmpty)
        {
            output.WriteLine("Changes: none since the generation in service.");
            return;
        }

        output.WriteLine($"Changes since the generation in service: {Counts(changes.Added, changes.Removed, changes.Changed)}.");
        foreach (var (city, cityChanges) in changes.Cities)
        {
            output.WriteLine($"  {city}: {Counts(cityChanges.Added.Count, cityChanges.Removed.Count, cityChanges.Changed.Count)}");
            WriteList('+', cityChanges.Added, output);
            WriteList('-', cityChanges.Removed, output);
            WriteList('~', cityChanges.Changed, output);
        }
    }

    private static string Counts(int added, int removed, int changed) => $"{added} added, {removed} removed, {changed} changed";

    private static void WriteList(char mark, IReadOnlyList<EntryChange> entries, TextWriter output)
    {
        foreach (var entry in entries.Take(ListedPerKind))
        {
            // Titles come from the knowledge files (staff's text, not residents'); escapes are stripped all the same.
            output.WriteLine($"    {mark} {TerminalText.Clean(entry.Id)}  {TerminalText.Clean(entry.Title)}");
        }

        if (entries.Count > ListedPerKind)
        {
            output.WriteLine($"    {mark} … and {entries.Count - ListedPerKind} more");
        }
    }
}
