using DxBot.Protocol.Privacy;
using DxBot.Protocol.Text;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// One entry of the question log: who asked is never part of it. The text is masked and capped here, whatever built
/// the record: the privacy guard already masks a My Number before any dialog, and this keeps one from ever reaching a
/// log even if a later change lets one through; the cap keeps one huge message from becoming a huge log line.
/// </summary>
/// <param name="EntryTitle">The title of the entry answered, for feedback; null for an unanswered question.</param>
public sealed record QuestionRecord(DateTimeOffset At, string? CityId, string ChannelId, QuestionKind Kind, string Text, string? EntryTitle = null)
{
    public const string MaskedNumber = "[個人番号]";

    /// <summary>The most characters of a question kept in the log; longer ones end with 「…」.</summary>
    public const int MaxTextLength = 500;

    public string Text { get; init => field = Clean(value); } = Clean(Text);

    public string? EntryTitle { get; init => field = Cap(value); } = Cap(EntryTitle);

    // Masked before it is cut, so a cut can never leave part of a number unmasked.
    private static string Clean(string text) =>
        Cap(MyNumberDetector.Contains(text) ? MyNumberDetector.Redact(text, MaskedNumber) : text)!;

    private static string? Cap(string? text) =>
        text is null || text.Length <= MaxTextLength ? text : TextCap.Cut(text, MaxTextLength);
}
