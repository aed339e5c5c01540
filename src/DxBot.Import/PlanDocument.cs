namespace DxBot.Import;

/// <summary>A document as read: its title, its sections, and all its cleaned text in reading order (headings included).</summary>
public sealed record PlanDocument(string Title, IReadOnlyList<ImportedSection> Sections, string Text);
