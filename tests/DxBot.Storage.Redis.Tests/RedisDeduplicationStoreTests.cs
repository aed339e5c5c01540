using DxBot.Storage.Redis.Tests.Infrastructure;
using StackExchange.Redis;

namespace DxBot.Storage.Redis.Tests;

public sealed class RedisDeduplicationStoreTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private readonly RedisStorageOptions _options = new() { KeyPrefix = "test:" + Guid.NewGuid().ToString("N")[..8] + ":" };

    [Fact]
    public async Task Of_many_instances_claiming_one_event_at_once_exactly_one_wins()
    {
        var connections = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ConnectionMultiplexer.ConnectAsync(redis.Configuration)));
        try
        {
            var claims = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
                new RedisDeduplicationStore(connections[i % connections.Length], _options).TryClaimAsync("line/handa/01EVENT", TimeSpan.FromMinutes(1), CancellationToken.None)));

            Assert.Equal(1, claims.Count(c => c));
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_released_claim_can_be_taken_again_and_claims_expire()
    {
        var store = new RedisDeduplicationStore(redis.Connection, _options);
        Assert.True(await store.TryClaimAsync("e1", TimeSpan.FromMinutes(1), CancellationToken.None));
        Assert.False(await store.TryClaimAsync("e1", TimeSpan.FromMinutes(1), CancellationToken.None));

        await store.ReleaseAsync("e1", CancellationToken.None);
        Assert.True(await store.TryClaimAsync("e1", TimeSpan.FromMinutes(1), CancellationToken.None));

        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(_options.KeyPrefix + "once:e1");
        Assert.NotNull(ttl);
        Assert.True(ttl <= TimeSpan.FromMinutes(1));
    }
}
