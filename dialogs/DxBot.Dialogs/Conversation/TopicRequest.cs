namespace DxBot.Dialogs.Conversation;

/// <summary>
/// What the main dialog hands a topic dialog: the question, the city and what the router found. Saved with the
/// dialog state as JSON, so it holds names and ids only.
/// </summary>
/// <param name="SlotName">What a follow-up asks about the subject just answered (a <see cref="Routing.FollowUpSlot"/> name), if it is one.</param>
/// <param name="Subject">The question the follow-up refers to: the slot must be answered by an entry about it.</param>
/// <param name="ContinueEntryId">「詳しく」: the entry whose rest to show.</param>
/// <param name="ContinueFrom">The sentence of that entry's body the rest starts at.</param>
/// <param name="ContinueRest">The sentences left to show, in the order the answer was reading them (when kept).</param>
/// <param name="AnsweredEntryId">The entry the previous question was answered with, for a follow-up: its slot, or a year of it, is looked for there first.</param>
/// <param name="AsksForSupport">The router read the message as asking for the support programmes, answered from the knowledge because the city has none listed (<see cref="Routing.CityOwnTopics"/>).</param>
/// <param name="ShownEntryId">The entry the previous answer gave, whatever the message: a question of its own that it covers clearly better than the entry found first goes on with it.</param>
/// <param name="Context">The previous question, which a short message may be about (see <see cref="Routing.FollowUp.Context"/>).</param>
public sealed record TopicRequest(
    string Question,
    string CityId,
    string? SubTopic = null,
    IReadOnlyList<string>? ProcedureIds = null,
    string? SlotName = null,
    string? Subject = null,
    string? ContinueEntryId = null,
    int ContinueFrom = 0,
    string? Context = null,
    string? AnsweredEntryId = null,
    IReadOnlyList<string>? ContinueRest = null,
    bool AsksForSupport = false,
    string? ShownEntryId = null);
