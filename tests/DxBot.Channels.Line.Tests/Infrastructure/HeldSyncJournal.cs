using System.Collections.Concurrent;
using DxBot.Protocol.Storage;

namespace DxBot.Channels.Line.Tests.Infrastructure;

/// <summary>
/// A journal on a slow disk: every append is kept at once and made durable only when the test says so (or fails then),
/// as the file journal's writer and syncer do.
/// </summary>
internal sealed class HeldSyncJournal : IEventJournal
{
    private readonly TaskCompletionSource _sync = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _next;

    public ConcurrentBag<string> Completed { get; } = [];

    public Task<IReadOnlyList<JournalReceipt>> AppendAsync(IReadOnlyList<string> payloads, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The webhook appends in two steps.");

    public JournalAppend Append(IReadOnlyList<string> payloads, CancellationToken cancellationToken)
    {
        IReadOnlyList<JournalReceipt> receipts = [.. payloads.Select(_ => new JournalReceipt("held:" + Interlocked.Increment(ref _next)))];
        return new JournalAppend(Task.FromResult(receipts), _sync.Task);
    }

    public void Sync() => _sync.TrySetResult();

    public void FailSync() => _sync.TrySetException(new IOException("The disk failed the sync."));

    public Task CompleteAsync(JournalReceipt receipt, CancellationToken cancellationToken)
    {
        Completed.Add(receipt.Id);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JournalEntry>> ClaimAbandonedAsync(TimeSpan abandonedAfter, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>([]);
}
