using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace DxBot.Search;

/// <summary>The terms an analyzer produces for a text, in order: what a field indexes or a question is searched with.</summary>
internal static class AnalyzerTerms
{
    public static List<string> Of(Analyzer analyzer, string field, string text)
    {
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream(field, text ?? string.Empty);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The terms with their positions: the words a stop filter removed still count in the gaps between them.</summary>
    public static List<(string Term, int Position)> WithPositions(Analyzer analyzer, string field, string text)
    {
        var terms = new List<(string, int)>();
        using var stream = analyzer.GetTokenStream(field, text ?? string.Empty);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            terms.Add((term.ToString(), position));
        }

        stream.End();
        return terms;
    }
}
