using System.Globalization;
using DxBot.Protocol.Storage;
using StackExchange.Redis;

namespace DxBot.Storage.Redis;

/// <summary>
/// The <see cref="IEventJournal"/> of several instances: one Redis Stream with one consumer group. An append adds the
/// entries and puts them in this instance's pending list in one script (so there is no moment where an entry belongs
/// to nobody); completion acknowledges and deletes it. Entries of an instance that died stay pending under its name:
/// another instance takes them all, in one claim round, once that instance has been silent for the given time. A live
/// instance touches its own pending entries at every claim round, so a long queue or a slow turn is never mistaken for
/// a dead instance.
/// </summary>
public sealed class RedisEventJournal : IEventJournal
{
    private const string Group = "workers";
    private const string PayloadField = "p";

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

    // One claim round, in one script so no other instance acts in between. First this consumer touches its own
    // pending entries (an XCLAIM by a consumer also tells Redis it is alive). Then an instance silent for longer than
    // the limit (its consumer's idle time) is taken for dead and all its entries are taken at once: taken entry by
    // entry as each passed its idle limit, a dead instance's entries, touched or scanned a few milliseconds apart, were
    // taken in two rounds, and the survivor answered a chat's later message before its earlier one. Its consumer is
    // then removed, so dead instances do not pile up in the group.
    private const string ClaimLua = """
        local function pending_page(consumer, start)
          local page = redis.call('XPENDING', KEYS[1], ARGV[1], start, '+', 1000, consumer)
          local ids = {}
          for i = 1, #page do ids[i] = page[i][1] end
          return ids
        end
        local function claim(ids, justid)
          local args = {'XCLAIM', KEYS[1], ARGV[1], ARGV[2], 0}
          for i = 1, #ids do args[#args + 1] = ids[i] end
          if justid then args[#args + 1] = 'JUSTID' end
          return redis.call(unpack(args))
        end
        -- Paged by id, so an id Redis keeps pending after the claim (a deleted entry) cannot hold the loop.
        local function each_page(consumer, action)
          local start = '-'
          while true do
            local ids = pending_page(consumer, start)
            if #ids == 0 then return end
            action(ids)
            if #ids < 1000 then return end
            start = '(' .. ids[#ids]
          end
        end
        each_page(ARGV[2], function(ids) claim(ids, true) end)
        local claimed = {}
        for _, consumer in ipairs(redis.call('XINFO', 'CONSUMERS', KEYS[1], ARGV[1])) do
          local info = {}
          for i = 1, #consumer, 2 do info[consumer[i]] = consumer[i + 1] end
          if info['name'] ~= ARGV[2] and info['idle'] >= tonumber(ARGV[3]) then
            each_page(info['name'], function(ids)
              for _, entry in ipairs(claim(ids, false)) do claimed[#claimed + 1] = entry end
            end)
            redis.call('XGROUP', 'DELCONSUMER', KEYS[1], ARGV[1], info['name'])
          end
        end
        return claimed
        """;

    private readonly IConnectionMultiplexer _redis;
    private readonly RedisKey _stream;
    private readonly string _consumer = string.Concat(Environment.MachineName, "-", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "-", Guid.NewGuid().ToString("N")[..8]);
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
            receipts[i] = new JournalReceipt(ids[i].ToString());
        }

        return receipts;
    }

    public async Task CompleteAsync(JournalReceipt receipt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        await _redis.GetDatabase().ScriptEvaluateAsync(CompleteLua, [_stream], [Group, receipt.Id]).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<JournalEntry>> ClaimAbandonedAsync(TimeSpan abandonedAfter, CancellationToken cancellationToken)
    {
        await EnsureGroupAsync(cancellationToken).ConfigureAwait(false);
        var database = _redis.GetDatabase();
        var result = await database.ScriptEvaluateAsync(ClaimLua, [_stream], [Group, _consumer, (long)abandonedAfter.TotalMilliseconds])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        var entries = new List<JournalEntry>();
        // In the stream's order: the entries of two dead instances come one instance after the other.
        foreach (var entry in ((RedisResult[])result!).Where(e => !e.IsNull).OrderBy(e => StreamOrder(e[0].ToString())))
        {
            var parts = (RedisResult[])entry!;
            var id = parts[0].ToString();
            if (PayloadOf((RedisResult[])parts[1]!) is { } payload)
            {
                entries.Add(new JournalEntry(new JournalReceipt(id), payload));
            }
            else
            {
                // Not an entry of ours: acknowledged so it is not claimed over and over.
                await CompleteAsync(new JournalReceipt(id), cancellationToken).ConfigureAwait(false);
            }
        }

        return entries;
    }

    private static (ulong Milliseconds, ulong Sequence) StreamOrder(string id)
    {
        var dash = id.IndexOf('-', StringComparison.Ordinal);
        return (ulong.Parse(id.AsSpan(0, dash), CultureInfo.InvariantCulture), ulong.Parse(id.AsSpan(dash + 1), CultureInfo.InvariantCulture));
    }

    private static string? PayloadOf(RedisResult[] fields)
    {
        for (var i = 0; i + 1 < fields.Length; i += 2)
        {
            if (fields[i].ToString() == PayloadField)
            {
                return fields[i + 1].ToString();
            }
        }

        return null;
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
