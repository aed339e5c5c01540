using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// One aspect a follow-up can ask about the subject just answered (its fee, where, when…): the words that ask for it,
/// how residents are told it (<paramref name="Label"/>), and what an entry's text must show to state it.
/// </summary>
/// <param name="OnlyWhereStated">
/// Answered as a slot only where an entry about the subject states it; otherwise the follow-up is read in context like
/// any other (「目標は？」 after an entry naming none may want the plan's target of a wider subject), never told missing.
/// </param>
/// <param name="InSiblings">
/// The aspect is often written in another section of the same knowledge file and topic as the answer (the programmes'
/// partners, in the section on courses beside the one on the support asked about): such a section may answer it.
/// </param>
/// <param name="BeyondTheAnswer">
/// Asked because the answer just given did not say enough of it (「どうやって払うことになるの？」 after 「eLTAXで払えるように
/// する計画です」): another entry about the subject stating it comes before the one shown.
/// </param>
/// <param name="Unstated">
/// How an entry says the plan gives no such fact (「開始時期は方針に書かれていません」): the answer just given saying so
/// answers the follow-up, and another entry's year (the plan's period) is no answer to it.
/// </param>
public sealed record FollowUpSlot(string Name, string Label, IReadOnlyList<string> Words, Regex Evidence, bool OnlyWhereStated = false, bool InSiblings = false, bool BeyondTheAnswer = false, Regex? Unstated = null)
{
    /// <summary>True when the text says the plan gives no such fact.</summary>
    public bool IsSaidMissingIn(string normalizedText) => Unstated?.IsMatch(normalizedText) ?? false;

    /// <summary>
    /// True when the text states this aspect (an amount for a fee, a day or hour for when…). The date a document cited was
    /// decided or published (「(令和5年6月16日閣議決定)」「(出典)…(2023年(令和5年)4月11日)」) is no date of anything the plan
    /// does: a passage quoting national plans would otherwise state when its measure starts.
    /// </summary>
    public bool IsStatedIn(string normalizedText) => Evidence.IsMatch(FollowUpSlots.WithoutDocumentDates(normalizedText));

    /// <summary>How often the text states this aspect: of two entries about the subject, the one saying more of how.</summary>
    public int TimesStatedIn(string normalizedText) => Evidence.Count(normalizedText);
}
