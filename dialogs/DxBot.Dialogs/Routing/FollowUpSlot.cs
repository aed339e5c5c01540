using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// One aspect a follow-up can ask about the subject just answered (its fee, where, when…): the words that ask for it,
/// how residents are told it (<paramref name="Label"/>), and what an entry's text must show to state it.
/// </summary>
/// <param name="ShownEntryOnly">
/// Answered as a slot only from the entry just shown: any entry near a subject states some target, so 「目標は？」 after
/// one that states none is read in context like other follow-ups, not told the target is missing.
/// </param>
public sealed record FollowUpSlot(string Name, string Label, IReadOnlyList<string> Words, Regex Evidence, bool ShownEntryOnly = false)
{
    /// <summary>True when the text states this aspect (an amount for a fee, a day or hour for when…).</summary>
    public bool IsStatedIn(string normalizedText) => Evidence.IsMatch(normalizedText);
}
