using Lucene.Net.Analysis.CharFilters;

namespace DxBot.Search;

/// <summary>
/// A char filter that reads its whole input, rewrites it once and then serves the result, recording offset
/// corrections so tokens still point into the original text.
/// </summary>
// LUCENENET: reads the whole input at once, as PatternReplaceCharFilter does; fields and (truncated) questions are
// short, and the rewrites (NFKC, word-boundary synonyms) need to see more than one buffer at a time.
internal abstract class WholeInputCharFilter : BaseCharFilter
{
    private string? rewritten;
    private int position;

    protected WholeInputCharFilter(TextReader input)
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

    // The next filter of the chain reads this one whole: hand it the rest at once, not in copied chunks.
    public override string ReadToEnd()
    {
        var text = Fill();
        var rest = position == 0 ? text : text[position..];
        position = text.Length;
        return rest;
    }

    /// <summary>The rewritten text; call <see cref="BaseCharFilter.AddOffCorrectMap"/> for every length change.</summary>
    protected abstract string Rewrite(string input);

    private string Fill() => rewritten ??= Rewrite(m_input.ReadToEnd());
}
