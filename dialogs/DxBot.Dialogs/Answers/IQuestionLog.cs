namespace DxBot.Dialogs.Answers;

/// <summary>
/// Questions the bot could not answer and residents' 👍/👎 on answers, for staff to improve the knowledge.
/// Holds no user ids.
/// </summary>
public interface IQuestionLog
{
    /// <summary>Records an entry; a failure to keep it is logged, never thrown, so it cannot spoil a turn.</summary>
    Task RecordAsync(QuestionRecord record, CancellationToken cancellationToken);

    /// <summary>The entries at or after <paramref name="since"/>, oldest first, all in memory: for small logs and tests.</summary>
    Task<IReadOnlyList<QuestionRecord>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken);

    /// <summary>
    /// The entries at or after <paramref name="since"/> one at a time, day by day in the order they were written, so a
    /// reader of a long log (the report, <c>/admin/unanswered</c>) never holds all of it.
    /// </summary>
    IAsyncEnumerable<QuestionRecord> StreamAsync(DateTimeOffset since, CancellationToken cancellationToken);
}
