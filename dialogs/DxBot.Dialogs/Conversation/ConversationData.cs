namespace DxBot.Dialogs.Conversation;

/// <summary>What the bot remembers about a conversation besides its dialog stack.</summary>
public sealed class ConversationData
{
    /// <summary>The city chosen in this conversation when the channel does not bind one.</summary>
    public string? CityId { get; set; }

    /// <summary>The last topic answered, so a short follow-up (「なくした」) continues it.</summary>
    public string? LastTopic { get; set; }

    /// <summary>
    /// The last question answered, so a follow-up that points back (「それってどこがやるの？」) is understood. The privacy
    /// guard runs before any dialog, so a My Number never gets here.
    /// </summary>
    public string? LastQuestion { get; set; }

    /// <summary>
    /// The title of the entry that answered <see cref="LastQuestion"/>, while a 👍/👎 on it is still expected; cleared
    /// by the next question and once the feedback is recorded, so one answer is rated once.
    /// </summary>
    public string? LastAnswerTitle { get; set; }

    /// <summary>
    /// The entry the last knowledge answer came from: a follow-up on one of its aspects (「それはいつまでに？」) asks
    /// about what was shown, which may not be the best match for the question's words alone.
    /// </summary>
    public string? LastEntryId { get; set; }

    /// <summary>The entry the last answer came from, while part of it is left to show with 「詳しく」.</summary>
    public string? ContinueEntryId { get; set; }

    /// <summary>The sentence of <see cref="ContinueEntryId"/>'s body the rest starts at.</summary>
    public int ContinueFrom { get; set; }

    /// <summary>
    /// The sentences of <see cref="ContinueEntryId"/>'s answer not shown yet, in the order it was reading them (the
    /// sentences that answer first, an outline's items); null in a state saved before they were kept, where
    /// <see cref="ContinueFrom"/> counts off the body.
    /// </summary>
    public List<string>? ContinueRest { get; set; }

    /// <summary>The question the bot could not answer last, which 「職員に聞く」 offers to send to staff; cleared by the next question.</summary>
    public string? UnansweredQuestion { get; set; }
}
