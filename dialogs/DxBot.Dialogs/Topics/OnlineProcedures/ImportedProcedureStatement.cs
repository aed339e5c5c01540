using System.Text.RegularExpressions;
using DxBot.Dialogs.Answers;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Topics.OnlineProcedures;

/// <summary>
/// What a city known only from its imported plan says of putting a group of procedures online. Such a city has no table
/// of procedures, so every procedure was answered 「…での受付状況は計画に記載がありません」, while 対馬市's plan states
/// 「…子育て、介護、被災者支援の25手続は、マイナンバーカードを用いたオンライン申請…に取組ます」 and 五所川原市's 「…子育て及び介護
/// 関係を主とした61手続をオンライン化」. The sentence naming the procedure or its field with going online, about the city's
/// own procedures, is quoted with its passage's citation.
/// </summary>
public static partial class ImportedProcedureStatement
{
    // A quoted sentence longer than this is cut: the answer is the procedure's, the plan's sentence its support.
    private const int MaxQuoted = 160;

    /// <summary>The city's plan sentence on putting the procedures' field online, and the passage it is in; null when none.</summary>
    public static (string Sentence, KnowledgeEntry Passage)? For(IEnumerable<KnowledgeEntry> entries, string cityId, IReadOnlyList<Procedure> procedures)
    {
        var names = procedures.SelectMany(p => p.Aliases.Prepend(p.Name)).Concat(procedures.Select(p => p.Category)).Where(n => n.Length >= 2).Distinct().ToList();
        foreach (var entry in entries.Where(e => e.CityId == cityId && ImportedPassage.IsImported(e)).OrderBy(e => e.Line))
        {
            foreach (var sentence in AnswerLead.SentencesOf(entry))
            {
                var text = Cell(sentence);
                if (Online().IsMatch(text) && CitysOwn().IsMatch(text) && !Defines().IsMatch(text) && names.Any(n => text.Contains(n, StringComparison.Ordinal)))
                {
                    return (AnswerFormatter.Shorten(text, MaxQuoted), entry);
                }
            }
        }

        return null;
    }

    // A table row's content, without its label cell (「・現状と課題 ／ …」).
    private static string Cell(string sentence) =>
        ImportedPassage.IsTableRow(sentence) ? sentence[(sentence.IndexOf(" ／ ", StringComparison.Ordinal) + 3)..].Trim() : sentence.Trim();

    [GeneratedRegex(@"オンライン申請|オンライン化|電子申請")]
    private static partial Regex Online();

    // The city's own procedures, counted or said of 本市: a glossary's account of マイナポータル (「…子育てや介護をはじめとする
    // オンライン申請をしたり…できる」) or a law's is not.
    [GeneratedRegex(@"\d+手続|本市|当市|市では")]
    private static partial Regex CitysOwn();

    [GeneratedRegex(@"を指す|とは、|のこと。?$|^※|^\*")]
    private static partial Regex Defines();
}
