using System.Text.RegularExpressions;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// The city's part of a topic dialog's answer for a city known only from its own documents (issue #13): with no
/// hand-written entries on the topic, the dialog's city part would be empty while the imported plan often says what
/// the city does about it (出張申請, 休日窓口, 地域振興券 under 「マイナンバーカードの普及促進」). The passage is the city's
/// imported one matching the question best, if it matches confidently and is about the topic at all.
/// </summary>
public static partial class ImportedCityPart
{
    // Enough hits to reach the city's passage past the national guides that share the question's everyday words.
    private const int SearchDepth = 14;

    /// <summary>Whether the city has hand-written entries of the topic; if so, those stay its part.</summary>
    public static bool HasWrittenEntries(KnowledgeBase knowledge, string cityId, string topic) =>
        EntryLookup.For(knowledge).HasWrittenEntries(cityId, topic);

    /// <summary>
    /// The city's imported passage answering <paramref name="question"/> and naming one of <paramref name="topicWords"/> (any
    /// passage when none are given),
    /// with its rank among all the question's hits (national ones included); null when none covers the question enough.
    /// </summary>
    public static (KnowledgeEntry Entry, int Rank, IReadOnlyList<SearchHit> Hits)? Find(
        IKnowledgeSearcher searcher, string question, string cityId, double minCoverage, IReadOnlyList<string> topicWords)
    {
        var hits = searcher.Search(new SearchRequest(question, cityId, MaxResults: SearchDepth));
        for (var rank = 0; rank < hits.Count; rank++)
        {
            var entry = hits[rank].Entry;
            if (entry.CityId == cityId && ImportedPassage.IsImported(entry) && hits[rank].Coverage >= minCoverage
                && (topicWords.Count == 0 || topicWords.Any(w => entry.Body.Contains(w, StringComparison.Ordinal) || entry.Title.Contains(w, StringComparison.Ordinal))))
            {
                return (entry, rank, hits);
            }
        }

        return null;
    }

    /// <summary>The passage composed with the sentences that answer the question first.</summary>
    public static ComposedAnswer Compose(IKnowledgeSearcher searcher, string question, KnowledgeEntry passage, AnswerContext context) =>
        AnswerComposer.Compose(passage, AnswerLeads.For(searcher, question, question, passage), context);

    /// <summary>
    /// The city's imported passage to answer with instead of a national entry that was found first: a national guide is
    /// short and written in residents' words, so it ranks above a long plan passage covering the question as well (「スマホ
    /// の使い方を習えるところは？」 found the card's application guide, the plan's デジタルデバイド対策 came seventh). The
    /// city's passage answers when it covers the question about as well as the national entry does and the question is
    /// about the city's own services: it names the city, its office or counter, or asks where or who will help. A question
    /// on the national system itself (「マイナンバーって何桁？」) keeps the national guide, though a plan's roadmap names it.
    /// </summary>
    public static KnowledgeEntry? OverNational(IKnowledgeSearcher searcher, string question, string cityId, SearchHit national, double minCoverage, double margin) =>
        national.Entry.CityId is null
        && AddressesTheCity().IsMatch(question)
        && Find(searcher, question, cityId, Math.Max(minCoverage, national.Coverage - margin), []) is var (passage, _, _)
        && AnswerKind.Answers(question, passage)
            ? passage
            : null;

    [GeneratedRegex(@"[市町村]|役所|役場|窓口|ところ|どこ|手伝|してくれ")]
    private static partial Regex AddressesTheCity();
}
