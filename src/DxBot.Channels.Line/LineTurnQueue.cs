using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>
/// Bounded queues between the webhook and the workers, one per worker. A chat always hashes to the same queue,
/// so its turns run one after the other (dialog state is per chat) while different chats run in parallel.
/// </summary>
internal sealed class LineTurnQueue
{
    private readonly Channel<LineWorkItem>[] _partitions;

    public LineTurnQueue(IOptions<LineOptions> options)
    {
        var workers = options.Value.Workers;
        var capacity = Math.Max(1, options.Value.QueueCapacity / workers);
        _partitions = Enumerable.Range(0, workers)
            .Select(_ => Channel.CreateBounded<LineWorkItem>(new BoundedChannelOptions(capacity)
            {
                // The webhook never waits for room: LINE must get its answer at once.
                FullMode = BoundedChannelFullMode.Wait,
                SingleReader = true,
                SingleWriter = false,
            }))
            .ToArray();
    }

    public int PartitionCount => _partitions.Length;

    /// <summary>False when the chat's queue is full (the caller answers 503 so LINE can redeliver).</summary>
    public bool TryEnqueue(LineWorkItem item) => _partitions[PartitionOf(item)].Writer.TryWrite(item);

    /// <summary>The partition (and so the worker) that runs the item's chat.</summary>
    public int PartitionOf(LineWorkItem item) => (int)((uint)StringComparer.Ordinal.GetHashCode(item.PartitionKey) % (uint)_partitions.Length);

    public ChannelReader<LineWorkItem> Reader(int partition) => _partitions[partition].Reader;

    public int Pending => _partitions.Sum(p => p.Reader.Count);
}
