using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// A plan reports the national plan before stating its own (対馬市's 「(1) 基本的な考え方」: 「国が策定した「自治体DX推進計画」
/// においては、次の重点取組事項が示されています。」, then the nation's aims, 「2022年度末までにほとんどの住民がマイナンバー
/// カードを保有していることを目指し…」). Asked what the city aims for (「対馬市はマイナカードをどれくらいの人に持ってもらう
/// 目標？」), that report shares the question's words as well as the city's own measure does (「本市においては、令和4年度末
/// までにマイナンバーカードの取得率が長崎県平均を上回ることを目指します。」), and came first. The city's own passage covering
/// the question about as well answers instead, unless the question asks about the nation.
/// </summary>
public static partial class ImportedCityOwn
{
    // As deep as the city's passage is looked for over national guides (ImportedCityPart).
    private const int SearchDepth = 14;

    // About as well: the report's and the measure's coverage differ by the words each happens to repeat.
    private const double Margin = 0.2;

    private static readonly string[] NationWords = ["国の", "国が", "国は", "政府", "全国", "デジタル庁", "総務省"];

    /// <summary>The city's own imported passage to answer with instead of <paramref name="best"/>, when that reports the national plan.</summary>
    public static KnowledgeEntry Rather(IKnowledgeSearcher searcher, string question, KnowledgeEntry best)
    {
        var normalized = TextNormalizer.Normalize(question);
        if (!ImportedPassage.IsImported(best) || best.CityId is not { } city || !AsksAim().IsMatch(normalized) || !ReportsTheNation(best)
            || TextNormalizer.ContainsAny(normalized, NationWords))
        {
            return best;
        }

        var coverage = searcher.Coverage(question, best, city);
        return searcher.Search(new SearchRequest(question, city, MaxResults: SearchDepth))
            .Where(h => h.Entry.CityId == city && h.Entry.Id != best.Id && ImportedPassage.IsImported(h.Entry) && !ReportsTheNation(h.Entry)
                && h.Coverage >= coverage - Margin && StatesItsOwn(h.Entry) && AnswerKind.Answers(question, h.Entry))
            .Select(h => h.Entry)
            .FirstOrDefault() ?? best;
    }

    /// <summary>
    /// Whether the passage reports what the nation's plan sets out (「国が策定した「自治体DX推進計画」においては、次の重点取組
    /// 事項が示されています。」) and nothing of the city's own; not one opening on a national policy the city then makes its
    /// own (行方市's 「国のデジタル田園都市国家構想では…が掲げられています。」 goes on with 「本市においても…」) nor a measure
    /// on a national system (「国が推進する基幹系17業務のシステムの標準化…」).
    /// </summary>
    public static bool ReportsTheNation(KnowledgeEntry entry) =>
        AnswerLead.SentencesOf(entry).FirstOrDefault() is { } first && NationReport().IsMatch(first) && Reported().IsMatch(first)
        && !StatesItsOwn(entry);

    // The city's own statement: 「本市においては」「本市では」「当市では」「市では」.
    private static bool StatesItsOwn(KnowledgeEntry entry) => OwnStatement().IsMatch(entry.Body);

    [GeneratedRegex(@"^(国が|国の|国では|国において|政府が|政府の)")]
    private static partial Regex NationReport();

    // What the city aims for: 「目標は？」「どれくらいの人に持ってもらうつもり？」「どこまで増やしたい？」, in kana too.
    [GeneratedRegex(@"目標|もくひょう|目指|めざ|つもり|どれくらい|どのくらい|どれぐらい|どんくらい|どこまで|増やし|ふやし|増やす|ふやす")]
    private static partial Regex AsksAim();

    [GeneratedRegex(@"示されて|掲げられて|定められて")]
    private static partial Regex Reported();

    [GeneratedRegex(@"本市|当市|市では|市において")]
    private static partial Regex OwnStatement();
}
