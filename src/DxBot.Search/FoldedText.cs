namespace DxBot.Search;

/// <summary>Text after folding, with each character's kind and the offset corrections a char filter needs.</summary>
/// <param name="Corrections">(output offset, cumulative input-minus-output difference) where the length changed.</param>
internal sealed record FoldedText(string Text, CharKind[] Kinds, IReadOnlyList<(int Offset, int Diff)> Corrections);
