using DxBot.Protocol.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DxBot.Channels.Line;

/// <summary>
/// Runs the queued LINE turns in the background, one loop per queue partition, so the webhook can answer LINE
/// at once while the bot takes the time it needs.
/// </summary>
internal sealed class LineWebhookWorker(LineTurnQueue queue, LineAdapter adapter, LineConversationLease lease, LineMetrics metrics, ILogger<LineWebhookWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, queue.PartitionCount).Select(p => RunPartitionAsync(p, stoppingToken)));

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        // What is still queued is lost with the process: say so, so nobody believes those residents were answered.
        if (queue.Pending is > 0 and var pending)
        {
            LineLog.StoppingWithPending(logger, pending);
            metrics.EventDropped("*", "shutdown", pending);
        }
    }

    private async Task RunPartitionAsync(int partition, CancellationToken stoppingToken)
    {
        // Leave the host's start-up path before the first turn.
        await Task.Yield();
        var reader = queue.Reader(partition);
        try
        {
            await foreach (var item in reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
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
                    metrics.EventDropped(item.City, "shutdown");
                    throw;
                }
                catch (Exception ex)
                {
                    // One bad event must not stop the worker that serves every other chat of its partition.
                    metrics.Undelivered(item.City, "worker_error");
                    LineLog.WorkItemFailed(logger, item.City, item.Event.WebhookEventId, ex.GetType().FullName ?? ex.GetType().Name, ex.StackTrace);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host shutdown.
        }
    }
}
