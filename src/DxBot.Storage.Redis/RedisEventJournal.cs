using System.Collections.Concurrent;
using DxBot.Protocol.Storage;
using StackExchange.Redis;

namespace DxBot.Storage.Redis;

/// <summary>
/// The <see cref="IEventJournal"/> of several instances: one Redis Stream with one consumer group. An append adds the
/// entries and puts them in this instance's pending list in one script (so there is no moment where an entry belongs
/// to nobody); completion acknowledges and deletes it. Entries of an instance that died stay pending under its name:
/// another instance takes them with XAUTOCLAIM once they have been idle for the given time. A live instance touches its
/// own pending entries at every claim round, so a long queue or a slow turn is never mistaken for a dead instance.
/// </summary>
public sealed class RedisEventJournal : IEventJournal
{
    private const string Group = "workers";
    private const string PayloadField = "p";
    private const int ClaimBatch = 100;

    // XCLAIM FORCE creates the pending entry of an id no consumer read: added and owned in one atomic step.
    private const string AppendLua = """
        local ids = {}
        for i = 3, #ARGV do
          local id = redis.call('XADD', KEYS[1], '*', 'p', ARGV[i])
          redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, id, 'FORCE', 'JUSTID')
          ids[#ids + 1] = id
        end
        return ids
        """;

    private const string CompleteLua = """
        redis.call('XACK', KEYS[1], ARGV[1], ARGV[2])
        return redis.call('XDEL', KEYS[1], ARGV[2])
        """;

    // Resets the idle time of entries still pending under this consumer; one another instance claimed stays its.
    private const string TouchLua = """
        local touched = 0
        for i = 3, #ARGV do
          local pending = redis.call('XPENDING', KEYS[1], ARGV[1], ARGV[i], ARGV[i], 1)
          if pending[1] and pending[1][2] == ARGV[2] then
            redis.call('XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0, ARGV[i], 'JUSTID')
            touched = touched + 1
          end
        end
        return touched
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKey _stream;
    private readonly string _consumer = string.Concat(Environment.MachineName, "-", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "-", Guid.NewGuid().ToString("N")[..8]);
    private readonly ConcurrentDictionary<string, byte> _owned = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _groupCreated = new(1, 1);
    private volatile bool _hasGroup;

    public RedisEventJournal(IConnectionMultiplexer redis, RedisStorageOptions options, string streamName)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(streamName);
        _redis = redis;
        _stream = options.KeyPrefix + "journal:" + streamName;
    }

    /// <summary>This instance's name in the consumer group (no personal data: host, process id, a random suffix).</summary>
    public string Consumer => _consumer;

    public async Task<IReadOnlyList<JournalReceipt>> AppendAsync(IReadOnlyList<string> payloads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payloads);
        if (payloads.Count == 0)
        {
            return [];
        }

        await EnsureGroupAsync(cancellationToken).ConfigureAwait(false);
        var arguments = new RedisValue[payloads.Count + 2];
        arguments[0] = Group;
        arguments[1] = _consumer;
        for (var i = 0; i < payloads.Count; i++)
        {
            arguments[i + 2] = payloads[i];
        }

        // Awaited to the server's answer: the 200 to the channel comes after this.
        var result = await _redis.GetDatabase().ScriptEvaluateAsync(AppendLua, [_stream], arguments).WaitAsync(cancellationToken).ConfigureAwait(false);
        var ids = (RedisResult[])result!;
        var receipts = new JournalReceipt[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            var id = ids[i].ToString();
            _owned[id] = 0;
            receipts[i] = new JournalReceipt(id);
        }

        return receipts;
    }

    public async Task CompleteAsync(JournalReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        await _redis.GetDatabase().ScriptEvaluateAsync(CompleteLua, [_stream], [Group, receipt.Id]).WaitAsync(cancellationToken).ConfigureAwait(false);
        _owned.TryRemove(receipt.Id, out _);
    }

    public async Task<IReadOnlyList<JournalEntry>> ClaimAbandonedAsync(TimeSpan abandonedAfter, CancellationToken cancellationToken)
    {
        await EnsureGroupAsync(cancellationToken).ConfigureAwait(false);
        var database = _redis.GetDatabase();
        await TouchOwnedAsync(database, cancellationToken).ConfigureAwait(false);

        var entries = new List<JournalEntry>();
        RedisValue start = "0-0";
        do
        {
            var claimed = await database.StreamAutoClaimAsync(_stream, Group, _consumer, (long)abandonedAfter.TotalMilliseconds, start, ClaimBatch)
                .WaitAsync(cancellationToken).ConfigureAwait(false);
            foreach (var entry in claimed.ClaimedEntries)
            {
                var payload = entry[PayloadField];
                if (payload.HasValue)
                {
                    entries.Add(new JournalEntry(new JournalReceipt(entry.Id.ToString()), payload.ToString()));
                }
                else
                {
                    // Not an entry of ours: acknowledged so it is not claimed over and over.
                    await CompleteAsync(new JournalReceipt(entry.Id.ToString()), cancellationToken).ConfigureAwait(false);
                }
            }

            start = claimed.NextStartId;
        }
        while (start != "0-0");

        // Owned from now on: touched at every round until completed, so no other instance takes them back.
        foreach (var entry in entries)
        {
            _owned[entry.Receipt.Id] = 0;
        }

        return entries;
    }

    private async Task TouchOwnedAsync(IDatabase database, CancellationToken cancellationToken)
    {
        foreach (var chunk in _owned.Keys.Chunk(ClaimBatch))
        {
            var arguments = new RedisValue[chunk.Length + 2];
            arguments[0] = Group;
            arguments[1] = _consumer;
            for (var i = 0; i < chunk.Length; i++)
            {
                arguments[i + 2] = chunk[i];
            }

            await database.ScriptEvaluateAsync(TouchLua, [_stream], arguments).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EnsureGroupAsync(CancellationToken cancellationToken)
    {
        if (_hasGroup)
        {
            return;
        }

        await _groupCreated.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_hasGroup)
            {
                try
                {
                    await _redis.GetDatabase().StreamCreateConsumerGroupAsync(_stream, Group, StreamPosition.Beginning, createStream: true).WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (RedisServerException e) when (e.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
                {
                    // Another instance created it first.
                }

                _hasGroup = true;
            }
        }
        finally
        {
            _groupCreated.Release();
        }
    }
}
