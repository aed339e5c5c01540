using DxBot.Storage.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace DxBot.Storage.Redis.Tests;

public sealed class RedisEventJournalTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromSeconds(1.5);

    private readonly RedisStorageOptions _options = new() { KeyPrefix = "test:" + Guid.NewGuid().ToString("N")[..8] + ":" };

    private RedisKey Stream => _options.KeyPrefix + "journal:line";

    [Fact]
    public async Task What_an_instance_stopped_touching_is_taken_over_by_another_once()
    {
        var dead = new RedisEventJournal(redis.Connection, _options, "line");
        var survivor = new RedisEventJournal(redis.Connection, _options, "line");
        await dead.AppendAsync(["one", "two"], CancellationToken.None);

        // Not yet abandoned: pending under the instance that appended them.
        Assert.Empty(await survivor.ClaimAbandonedAsync(AbandonedAfter, CancellationToken.None));
        await WaitLongerThanAsync(AbandonedAfter);

        var claimed = await survivor.ClaimAbandonedAsync(AbandonedAfter, CancellationToken.None);
        Assert.Equal(["one", "two"], claimed.Select(e => e.Payload));

        // Now the survivor's, touched by it at each round: a third instance does not take them again.
        var third = new RedisEventJournal(redis.Connection, _options, "line");
        await WaitLongerThanAsync(AbandonedAfter);
        Assert.Empty(await survivor.ClaimAbandonedAsync(AbandonedAfter, CancellationToken.None));
        Assert.Empty(await third.ClaimAbandonedAsync(AbandonedAfter, CancellationToken.None));

        foreach (var entry in claimed)
        {
            await survivor.CompleteAsync(entry.Receipt, CancellationToken.None);
        }

        Assert.Equal(0, await redis.Connection.GetDatabase().StreamLengthAsync(Stream));
        Assert.Equal(0, (await redis.Connection.GetDatabase().StreamPendingAsync(Stream, "workers")).PendingMessageCount);
    }

    [Fact]
    public async Task A_live_instance_keeps_its_entries_however_long_they_wait()
    {
        var live = new RedisEventJournal(redis.Connection, _options, "line");
        var other = new RedisEventJournal(redis.Connection, _options, "line");
        var receipts = await live.AppendAsync(["queued"], CancellationToken.None);

        await WaitLongerThanAsync(AbandonedAfter);

        // Its claim round touches what it still works on.
        Assert.Empty(await live.ClaimAbandonedAsync(AbandonedAfter, CancellationToken.None));
        Assert.Empty(await other.ClaimAbandonedAsync(AbandonedAfter, CancellationToken.None));

        await live.CompleteAsync(receipts[0], CancellationToken.None);
        Assert.Equal(0, await redis.Connection.GetDatabase().StreamLengthAsync(Stream));
    }

    [Fact]
    public async Task A_dead_instances_entries_are_taken_over_in_one_round_in_the_streams_order()
    {
        var dead = new RedisEventJournal(redis.Connection, _options, "line");
        var survivor = new RedisEventJournal(redis.Connection, _options, "line");
        // More than one page of the script's loops; the later ones appended while the first wait in the queue.
        var payloads = Enumerable.Range(0, 1_250).Select(i => "event " + i).ToList();
        await dead.AppendAsync(payloads[..600], CancellationToken.None);
        await WaitLongerThanAsync(AbandonedAfter);
        await dead.AppendAsync(payloads[600..], CancellationToken.None);

        // The first entries have now waited longer than the limit, but their instance was heard from just now: taking
        // them alone would answer a chat's later messages (among the last entries) before its earlier ones. Asked at
        // once after the append: a timed wait here was stretched past the limit on a loaded machine.
        Assert.Empty(await survivor.ClaimAbandonedAsync(AbandonedAfter, CancellationToken.None));

        await WaitLongerThanAsync(AbandonedAfter);
        var claimed = await survivor.ClaimAbandonedAsync(AbandonedAfter, CancellationToken.None);
        Assert.Equal(payloads, claimed.Select(e => e.Payload));

        // The dead instance's name is gone from the group: dead instances do not pile up there.
        var consumers = await redis.Connection.GetDatabase().StreamConsumerInfoAsync(Stream, "workers");
        Assert.Equal([survivor.Consumer], consumers.Select(c => c.Name.ToString()));
    }

    [Fact]
    public async Task Appended_entries_are_pending_under_the_appending_instance_at_once()
    {
        var journal = new RedisEventJournal(redis.Connection, _options, "line");

        await journal.AppendAsync(["a", "b", "c"], CancellationToken.None);

        // No moment where an entry belongs to nobody: an unowned entry would never be claimed.
        var pending = await redis.Connection.GetDatabase().StreamPendingAsync(Stream, "workers");
        Assert.Equal(3, pending.PendingMessageCount);
        Assert.Equal(journal.Consumer, Assert.Single(pending.Consumers).Name);
    }

    private static Task WaitLongerThanAsync(TimeSpan idle) => Task.Delay(idle + TimeSpan.FromMilliseconds(300));
}
