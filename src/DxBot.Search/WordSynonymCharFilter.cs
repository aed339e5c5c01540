namespace DxBot.Search;

/// <summary>Replaces latin-script synonyms (PC, PIN, WiFi) as whole words, after folding.</summary>
// LUCENENET: MappingCharFilter matches characters, not words: a key "pc" would fire inside "pcr". Latin keys are
// therefore mapped here, on word boundaries, and only the others go to MappingCharFilter.
internal sealed class WordSynonymCharFilter(TextReader input, SynonymFolding synonyms) : WholeInputCharFilter(input)
{
    protected override string Rewrite(string input)
    {
        int cumulativeDiff = 0;
        return synonyms.ReplaceWords(input, r =>
        {
            cumulativeDiff += r.InputLength - r.Replacement.Length;
            AddOffCorrectMap(r.OutputEnd, cumulativeDiff);
        });
    }
}
