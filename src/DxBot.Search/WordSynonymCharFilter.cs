using Lucene.Net.Analysis.CharFilters;

namespace DxBot.Search;

/// <summary>Replaces latin-script synonyms (PC, PIN, WiFi) as whole words, after folding.</summary>
// LUCENENET: MappingCharFilter matches characters, not words: a key "pc" would fire inside "pcr". Latin keys are
// therefore mapped here, on word boundaries, and only the others go to MappingCharFilter.
internal sealed class WordSynonymCharFilter : BaseCharFilter
{
    private readonly SynonymFolding synonyms;
    private string? replaced;
    private int position;

    public WordSynonymCharFilter(TextReader input, SynonymFolding synonyms)
        : base(input)
    {
        this.synonyms = synonyms;
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
        if (replaced is null)
        {
            int cumulativeDiff = 0;
            replaced = synonyms.ReplaceWords(m_input.ReadToEnd(), r =>
            {
                cumulativeDiff += r.InputLength - r.Replacement.Length;
                AddOffCorrectMap(r.OutputEnd, cumulativeDiff);
            });
        }

        return replaced;
    }
}
