using System.Text.RegularExpressions;

namespace DxBot.Dialogs.Routing;

/// <summary>
/// A long message from a resident (a greeting, their circumstances, the question somewhere in the middle): searched
/// whole, its story outweighs its question, so the sentences that ask are what is searched when the whole finds nothing.
/// </summary>
public static partial class LongMessage
{
    /// <summary>Shorter messages are one question; searching a part of them would drop what they ask about.</summary>
    public const int MinLength = 60;

    // At most this many asking sentences: a message asking more is answered on its first questions.
    private const int MaxQuestions = 2;

    /// <summary>The sentences of a long message that ask something, joined; null when the message is short or asks nothing apart.</summary>
    public static string? Questions(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        if (normalized.Length < MinLength)
        {
            return null;
        }

        var asking = SentenceEnd().Split(normalized)
            .Select(s => s.Trim())
            .Where(s => s.Length > 0 && Asks().IsMatch(s))
            .Take(MaxQuestions)
            .ToList();
        return asking.Count == 0 ? null : string.Join(" ", asking);
    }

    // A question mark stays with its sentence; a full stop, an exclamation or a line ends one.
    [GeneratedRegex(@"(?<=[?？])|[。!！\n…]+|(?<=ます|です|した|ました)[、,]?\s")]
    private static partial Regex SentenceEnd();

    // Ends as a question, or asks in words (教えて, 知りたい, どこ, いつ…).
    [GeneratedRegex(@"[?？]$|(か|かな|かね|の|でしょうか|ますか|ですか|ですよね)[\s~〜ー]*$|教えて|知りたい|どこ|いつ|どう|何|なに|どれ|ありますか|あるんですか|本当")]
    private static partial Regex Asks();
}
