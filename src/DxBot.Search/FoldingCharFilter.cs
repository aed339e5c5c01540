using Lucene.Net.Analysis.CharFilters;

namespace DxBot.Search;

/// <summary>Applies <see cref="TextFolding"/> ahead of tokenizing, keeping offsets pointing into the original text.</summary>
// LUCENENET: reads the whole input at once, as PatternReplaceCharFilter does; NFKC needs to see a character
// together with the marks that follow it, and fields and (truncated) questions are short.
internal sealed class FoldingCharFilter : BaseCharFilter
{
    private string? folded;
    private int position;

    public FoldingCharFilter(TextReader input)
        : base(input)
    {
    }

    public override int Read(char[] buffer, int index, int count)
    {
        var text = Fill();
        if (position >= text.Length)
        {
            return 0;
        }

        int n = Math.Min(count, text.Length - position);
        text.CopyTo(position, buffer, index, n);
        position += n;
        return n;
    }

    public override int Read()
    {
        var text = Fill();
        return position < text.Length ? text[position++] : -1;
    }

    public override int Peek()
    {
        var text = Fill();
        return position < text.Length ? text[position] : -1;
    }

    private string Fill()
    {
        if (folded is null)
        {
            var result = TextFolding.Fold(m_input.ReadToEnd());
            foreach (var (offset, diff) in result.Corrections)
            {
                AddOffCorrectMap(offset, diff);
            }

            folded = result.Text;
        }

        return folded;
    }
}
