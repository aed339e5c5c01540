using DxBot.Protocol.Diagnostics;
using DxBot.Protocol.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>
/// Runs the queued LINE turns in the background, one loop per queue partition, so the webhook can answer LINE
/// at once while the bot takes the time it needs. Each event is marked complete in the journal once answered; at start
/// the events a previous run (or, with Redis, a dead instance) acknowledged and never answered are answered first, and
/// with Redis a claim loop keeps taking over what other instances leave behind.
/// </summary>
internal sealed class LineWebhookWorker(
    LineTurnQueue queue,
    IEventJournal journal,
    LineAdapter adapter,
    LineConversationLease lease,
    LineEventDeduplicator deduplicator,
    IOptions<LineOptions> options,
    TimeProvider time,
    LineMetrics metrics,
    ILogger<LineWebhookWorker> logger)
    : BackgroundService
{
    private readonly LineJournalOptions _journalOptions = options.Value.Journal;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (queue.Pending is > 0 and var pending)
        {
            LineJournalLog.StoppingWithPending(logger, pending);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Leave the host's start-up path before the first turn.
        await Task.Yield();

        // Answered before anything queued after them, each in its chat's partition, so a chat's order holds.
        var recovered = (await ClaimAsync(stoppingToken).ConfigureAwait(false)).ToLookup(queue.PartitionOf);
        var partitions = Enumerable.Range(0, queue.PartitionCount).Select(p => RunPartitionAsync(p, [.. recovered[p]], stoppingToken));
        await Task.WhenAll(partitions.Append(ClaimLoopAsync(stoppingToken))).ConfigureAwait(false);
    }

    private async Task RunPartitionAsync(int partition, IReadOnlyList<LineWorkItem> recovered, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            foreach (var item in recovered)
            {
                await RunAsync(item, stoppingToken).ConfigureAwait(false);
            }

            await foreach (var item in queue.Reader(partition).ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                await RunAsync(item, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown: what was not answered stays in the journal for the next start.
        }
    }

    private async Task RunAsync(LineWorkItem item, CancellationToken stoppingToken)
    {
        // The event id correlates the webhook's log lines with the turn's, the delivery's and a failure's.
        using var scope = TurnLogScope.Begin(logger, item.Event.WebhookEventId, LineWebhookMapper.ChannelId, item.City);
        try
        {
            await using var held = await lease.AcquireAsync(item, stoppingToken).ConfigureAwait(false);
            await adapter.ProcessEventAsync(item.City, item.Destination, item.Event, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // One bad event must not stop the worker that serves every other chat of its partition; it is not retried
            // either, or an event that always fails would come back after every restart.
            metrics.Undelivered(item.City, "worker_error");
            LineLog.WorkItemFailed(logger, item.City, item.Event.WebhookEventId, ex.GetType().FullName ?? ex.GetType().Name, ex.StackTrace);
        }

        await CompleteAsync(item).ConfigureAwait(false);
    }

    private async Task CompleteAsync(LineWorkItem item)
    {
        if (item.Receipt is null)
        {
            return;
        }

        try
        {
            // Not cancelled by shutdown: the answer is out, the journal must learn it.
            await journal.CompleteAsync(item.Receipt, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            LineJournalLog.CompleteFailed(logger, item.City, item.Event.WebhookEventId, ex.GetType().Name);
        }
    }

    /// <summary>
    /// Takes over what other instances left (Redis) at every interval. What does not fit in the queue waits here, still
    /// this instance's, and goes in first at the next round.
    /// </summary>
    private async Task ClaimLoopAsync(CancellationToken stoppingToken)
    {
        var backlog = new Queue<LineWorkItem>();
        using var timer = new PeriodicTimer(_journalOptions.ClaimInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                while (backlog.TryPeek(out var waiting) && queue.TryEnqueue(waiting))
                {
                    backlog.Dequeue();
                }

                foreach (var item in await ClaimAsync(stoppingToken).ConfigureAwait(false))
                {
                    if (backlog.Count > 0 || !queue.TryEnqueue(item))
                    {
                        backlog.Enqueue(item);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }

    private async Task<IReadOnlyList<LineWorkItem>> ClaimAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<JournalEntry> entries;
        try
        {
            entries = await journal.ClaimAbandonedAsync(_journalOptions.ClaimAfter, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LineJournalLog.ClaimFailed(logger, ex.GetType().Name);
            return [];
        }

        var items = new List<LineWorkItem>(entries.Count);
        foreach (var entry in entries)
        {
            try
            {
                if (LineJournalPayload.TryRead(entry, out var item))
                {
                    // A process that died between the journal and its 200 left LINE to redeliver what is answered
                    // here: remembered, so that the redelivery is dropped (a shared store remembers it already).
                    items.Add(item);
                    await deduplicator.TryRegisterAsync(item.City, item.Event.WebhookEventId, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                LineJournalLog.EntryUnreadable(logger);
                await journal.CompleteAsync(entry.Receipt, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The entry is answered all the same (or, unreadable, left in the journal).
                LineJournalLog.ClaimFailed(logger, ex.GetType().Name);
            }
        }

        if (items.Count > 0)
        {
            LineJournalLog.Recovered(logger, items.Count);
        }

        return items;
    }
}
