namespace DxBot.Import;

/// <summary>One piece of a read document, in reading order: a heading (level 1 and deeper) or a paragraph (level 0).</summary>
/// <param name="Page">The page it starts on, for formats that have pages (PDF).</param>
internal sealed record ImportBlock(int Level, string Text, int? Page)
{
    public bool IsHeading => Level > 0;

    /// <summary>A row of a table of targets (<see cref="TableText"/>): its section is the plan's KPI list.</summary>
    public bool HoldsTargets { get; init; }
}
