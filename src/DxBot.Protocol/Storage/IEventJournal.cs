namespace DxBot.Protocol.Storage;

/// <summary>
/// Keeps the events a channel has acknowledged until they are answered, so that a process that dies (even
/// <c>kill -9</c>) loses none: an entry appended and never completed is handed out again, to the next run of the same
/// instance (the file journal) or to another instance (Redis). Handing out again means at least once; the caller
/// keeps it to once in all but the moment between the answer leaving and <see cref="CompleteAsync"/>.
/// </summary>
public interface IEventJournal
{
    /// <summary>Appends the payloads; when the task completes they survive a crash of this process.</summary>
    Task<IReadOnlyList<JournalReceipt>> AppendAsync(IReadOnlyList<string> payloads, CancellationToken cancellationToken);

    /// <summary>
    /// Appends the payloads and tells apart the two moments a caller may wait for: kept (a kill of this process loses
    /// nothing) and durable (a crash of the machine neither). A journal whose store has one moment for both (Redis: the
    /// entries are in another process once it answers) completes both together.
    /// </summary>
    JournalAppend Append(IReadOnlyList<string> payloads, CancellationToken cancellationToken)
    {
        var appended = AppendAsync(payloads, cancellationToken);
        return new JournalAppend(appended, appended);
    }

    /// <summary>The entry is answered (or definitively failed): it is never handed out again.</summary>
    Task CompleteAsync(JournalReceipt receipt, CancellationToken cancellationToken);

    /// <summary>
    /// Entries appended and not completed by a process that is gone, each handed to the caller once: the previous
    /// run's (file journal), or all those of an instance silent for <paramref name="abandonedAfter"/> (Redis).
    /// Called again and again; it also tells the store that this process still works on its own entries.
    /// </summary>
    Task<IReadOnlyList<JournalEntry>> ClaimAbandonedAsync(TimeSpan abandonedAfter, CancellationToken cancellationToken);
}
