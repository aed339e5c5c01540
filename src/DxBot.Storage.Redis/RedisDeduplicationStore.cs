using DxBot.Protocol.Storage;
using StackExchange.Redis;

namespace DxBot.Storage.Redis;

/// <summary>
/// Claims with Redis' atomic SET NX PX: of two instances that get the same redelivered event, exactly one wins,
/// and the claim expires on its own.
/// </summary>
public sealed class RedisDeduplicationStore(IConnectionMultiplexer redis, RedisStorageOptions options) : IDeduplicationStore
{
    public Task<bool> TryClaimAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken) =>
        redis.GetDatabase().StringSetAsync(RedisKeyOf(key), 1, timeToLive, When.NotExists).WaitAsync(cancellationToken);

    public Task ReleaseAsync(string key, CancellationToken cancellationToken) =>
        redis.GetDatabase().KeyDeleteAsync(RedisKeyOf(key)).WaitAsync(cancellationToken);

    private RedisKey RedisKeyOf(string key) => options.KeyPrefix + "once:" + key;
}
