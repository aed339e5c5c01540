namespace DxBot.Import;

/// <summary>One answerable section of an imported document: its heading path, its text and the page it starts on.</summary>
public sealed record ImportedSection(IReadOnlyList<string> HeadingPath, string Body, int? Page)
{
    public string Title => HeadingPath[^1];

    /// <summary>Words the section is also found by, written as its `キーワード:` line (a section holding a table of targets: KPI, 目標値).</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>What the entry's `出典:` line says: the heading path, and the page where the document has pages.</summary>
    public string Source => string.Join(" ＞ ", HeadingPath) + (Page is { } page ? $"（{page}ページ）" : string.Empty);
}
