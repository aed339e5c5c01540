using DxBot.Dialogs.Privacy;

namespace DxBot.Dialogs.Answers;

/// <summary>
/// One entry of the question log: who asked is never part of it. The text is masked here, whatever built the
/// record: the privacy guard already stops a My Number before any dialog, and this keeps one from ever reaching a
/// log even if a later change lets one through.
/// </summary>
/// <param name="EntryTitle">The title of the entry answered, for feedback; null for an unanswered question.</param>
public sealed record QuestionRecord(DateTimeOffset At, string? CityId, string ChannelId, QuestionKind Kind, string Text, string? EntryTitle = null)
{
    public const string MaskedNumber = "[個人番号]";

    public string Text { get; init => field = Mask(value); } = Mask(Text);

    private static string Mask(string text) =>
        MyNumberDetector.Contains(text) ? MyNumberDetector.Redact(text, MaskedNumber) : text;
}
