namespace DxBot.Search;

/// <summary>Applies <see cref="TextFolding"/> ahead of tokenizing, keeping offsets pointing into the original text.</summary>
// LUCENENET: NFKC needs to see a character together with the marks that follow it, hence a whole-input filter.
internal sealed class FoldingCharFilter(TextReader input) : WholeInputCharFilter(input)
{
    protected override string Rewrite(string input)
    {
        var result = TextFolding.Fold(input);
        foreach (var (offset, diff) in result.Corrections)
        {
            AddOffCorrectMap(offset, diff);
        }

        return result.Text;
    }
}
