using System.Text.RegularExpressions;
using DxBot.Dialogs.Routing;
using DxBot.Knowledge.Model;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// The plan's own period and publication as the city's profile gives them (found in the plan by `dxbot city add` and
/// reviewed), for a city known only from its documents. Its imported passage on the period words it its own way
/// (「2022年（令和4年）10月から」) and no passage says when the plan was revised, while city.yaml states both
/// (「令和4年10月（令和6年4月改訂）」): asked about the plan as a whole, those facts answer first.
/// </summary>
public static partial class PlanFacts
{
    /// <summary>
    /// Whether the question asks the plan's period or when it was made or revised: 「計画期間は？」「方針っていつまでの
    /// 計画？」「改訂はいつ？」「今の版はいつ策定された？」; not a measure's deadline (「その方針はいつまでに策定する？」).
    /// </summary>
    public static bool AreAsked(string question)
    {
        var normalized = TextNormalizer.Normalize(question).Replace(" ", "", StringComparison.Ordinal);
        return AsksPeriod().IsMatch(normalized) || AsksRevision().IsMatch(normalized) || AsksWhenMade().IsMatch(normalized);
    }

    /// <summary>Whether the city has no hand-written entries: its answers come from its imported documents alone.</summary>
    // Asked several times a turn: a lookup kept per generation, not a scan of every entry (EntryLookup).
    public static bool OnlyImported(KnowledgeBase knowledge, string cityId) =>
        !EntryLookup.For(knowledge).HasWrittenEntries(cityId);

    [GeneratedRegex(@"計画期間|対象期間|(計画|方針|プラン)(の|って|は|が)?(期間|いつから|いつまで(?!に)|何年(度)?まで|何年間|何年計画)|(いつ|何年(度)?)までの(計画|方針|プラン)")]
    private static partial Regex AsksPeriod();

    [GeneratedRegex(@"改訂|改定")]
    private static partial Regex AsksRevision();

    [GeneratedRegex(@"(計画|方針|プラン)[^。?!]{0,8}いつ(策定|作|つく|でき|公表|出)")]
    private static partial Regex AsksWhenMade();
}
