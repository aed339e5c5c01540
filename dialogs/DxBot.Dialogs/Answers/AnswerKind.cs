using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// Some questions ask for a kind of fact (an amount, an opening time) that an entry either states or does not. An
/// entry about the right subject without that fact is no answer: 「児童手当はいくら？」 answered with the 児童手当
/// procedure's online status would be a guess, so such entries are not counted as confident.
/// </summary>
public static partial class AnswerKind
{
    private static readonly (string[] Asks, Func<string, bool> Answers)[] Kinds =
    [
        (["いくら", "金額", "何円", "参加費", "利用料"], text => Amount().IsMatch(text)),
        (["何時", "開庁時間", "営業時間", "受付時間", "開いてる", "開いてます", "閉まる"], text => ClockTime().IsMatch(text)),

        // Whether a slot is free or a counter busy today is in no plan or guide.
        (RouterVocabulary.LiveStateWords, _ => false),
    ];

    /// <summary>True when the question asks for such a fact, so only an entry stating one may answer it.</summary>
    public static bool AsksForAFact(string question)
    {
        var normalized = TextNormalizer.Normalize(question);
        return Kinds.Any(k => TextNormalizer.ContainsAny(normalized, k.Asks));
    }

    public static bool Answers(string question, KnowledgeEntry entry)
    {
        var normalized = TextNormalizer.Normalize(question);
        var text = AnswerLead.Normalized(entry);
        return Kinds.Where(k => TextNormalizer.ContainsAny(normalized, k.Asks)).All(k => k.Answers(text));
    }

    [GeneratedRegex(@"\d[\d,]*円|無料|手数料はかかりません|負担なし")]
    private static partial Regex Amount();

    [GeneratedRegex(@"\d{1,2}時|\d{1,2}:\d{2}")]
    private static partial Regex ClockTime();
}
