using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Tests.Support;

/// <summary>
/// A transparent stand-in for the Lucene searcher: coverage is the share of the question's kanji/katakana bigrams
/// found in an entry. It lets the dialog tests state exactly what should match without depending on ranking details.
/// </summary>
internal sealed class FakeSearcher(KnowledgeBase knowledge) : IKnowledgeSearcher
{
    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        var grams = Bigrams(request.Text);
        if (grams.Count == 0)
        {
            return [];
        }

        return knowledge.Entries
            .Where(e => e.CityId is null || request.CityId is null || e.CityId == request.CityId)
            .Where(e => request.Topic is null || e.Topic == request.Topic)
            .Select(e =>
            {
                var text = e.Title + e.Body + string.Join(" ", e.Keywords);
                var found = grams.Count(g => text.Contains(g, StringComparison.Ordinal));
                return new SearchHit(e, found, (double)found / grams.Count);
            })
            .Where(h => h.Score > 0)
            .OrderByDescending(h => h.Coverage)
            .Take(request.MaxResults)
            .ToList();
    }

    public double Coverage(string question, KnowledgeEntry entry, string? cityId)
    {
        var grams = Bigrams(question);
        var text = entry.Title + entry.Body + string.Join(" ", entry.Keywords);
        return grams.Count == 0 ? 0 : (double)grams.Count(g => text.Contains(g, StringComparison.Ordinal)) / grams.Count;
    }

    private static HashSet<string> Bigrams(string text)
    {
        var run = new string(text.Select(c => IsContent(c) ? c : ' ').ToArray());
        var grams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in run.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            for (var i = 0; i + 1 < word.Length; i++)
            {
                grams.Add(word.Substring(i, 2));
            }
        }

        return grams;
    }

    private static bool IsContent(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u30A0' and <= '\u30FF') || char.IsAsciiLetterOrDigit(c);
}
