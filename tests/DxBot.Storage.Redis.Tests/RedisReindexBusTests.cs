using DxBot.Knowledge;
using DxBot.Storage.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace DxBot.Storage.Redis.Tests;

public sealed class RedisReindexBusTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private readonly RedisStorageOptions _options = new() { KeyPrefix = "test:" + Guid.NewGuid().ToString("N")[..8] + ":" };

    [Fact]
    public async Task A_signal_published_by_one_instance_reaches_the_others()
    {
        await using var other = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var received = new TaskCompletionSource<ReindexSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
        await new RedisReindexBus(other, _options).SubscribeAsync(signal =>
        {
            received.TrySetResult(signal);
            return Task.CompletedTask;
        }, CancellationToken.None);

        var sent = new ReindexSignal("instance-a", 7, DateTimeOffset.UtcNow);
        await new RedisReindexBus(redis.Connection, _options).PublishAsync(sent, CancellationToken.None);

        Assert.Equal(sent, await received.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_message_that_is_not_a_signal_is_ignored_and_the_next_one_still_arrives()
    {
        var received = new TaskCompletionSource<ReindexSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
        var bus = new RedisReindexBus(redis.Connection, _options);
        await bus.SubscribeAsync(signal =>
        {
            received.TrySetResult(signal);
            return Task.CompletedTask;
        }, CancellationToken.None);

        await redis.Connection.GetSubscriber().PublishAsync(RedisChannel.Literal(_options.KeyPrefix + "reindex"), "not json {");
        await bus.PublishAsync(new ReindexSignal("b", 2, DateTimeOffset.UtcNow), CancellationToken.None);

        Assert.Equal("b", (await received.Task.WaitAsync(TimeSpan.FromSeconds(10))).Origin);
    }
}
