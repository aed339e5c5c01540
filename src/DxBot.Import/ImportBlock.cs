namespace DxBot.Import;

/// <summary>One piece of a read document, in reading order: a heading (level 1 and deeper) or a paragraph (level 0).</summary>
/// <param name="Page">The page it starts on, for formats that have pages (PDF).</param>
internal sealed record ImportBlock(int Level, string Text, int? Page)
{
    public bool IsHeading => Level > 0;
}
