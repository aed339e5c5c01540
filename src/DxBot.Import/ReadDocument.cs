namespace DxBot.Import;

/// <summary>What a reader found in a document: its own title (if it names one) and its blocks, already cleaned.</summary>
internal sealed record ReadDocument(string? Title, IReadOnlyList<ImportBlock> Blocks);
