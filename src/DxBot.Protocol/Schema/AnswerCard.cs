namespace DxBot.Protocol.Schema;

/// <summary>
/// A card of our own, channel-neutral: what an answer shows beside its text (a status badge, numbered steps,
/// facts, buttons). The activity's text always says the same in words; a channel that can draw the card (LINE,
/// as Flex) shows it instead of the text, the others show the text and drop the card.
/// </summary>
public sealed record AnswerCard(string Title)
{
    public const string ContentType = "application/vnd.dxbot.answer-card";

    public AnswerCardBadge? Badge { get; init; }

    public IReadOnlyList<string> Paragraphs { get; init; } = [];

    /// <summary>Shown numbered, in order.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    public IReadOnlyList<AnswerCardFact> Facts { get; init; } = [];

    /// <summary>openUrl (a link) or imBack/postBack (the value goes back as the user's message).</summary>
    public IReadOnlyList<CardAction> Buttons { get; init; } = [];

    /// <summary>Small print at the bottom: the 出典 line.</summary>
    public string? Footnote { get; init; }

    public Attachment ToAttachment() => new(ContentType) { Content = this };

    /// <summary>The activity without its answer cards, for a channel that shows only the text.</summary>
    public static Activity WithoutCards(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Attachments is not { Count: > 0 } attachments || !attachments.Any(a => a.ContentType == ContentType))
        {
            return activity;
        }

        var rest = attachments.Where(a => a.ContentType != ContentType).ToList();
        return activity with { Attachments = rest.Count == 0 ? null : rest, AttachmentLayout = rest.Count == 0 ? null : activity.AttachmentLayout };
    }
}
