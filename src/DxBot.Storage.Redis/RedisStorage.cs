using System.Text.Json.Nodes;
using DxBot.Dialogs.State;
using StackExchange.Redis;

namespace DxBot.Storage.Redis;

/// <summary>
/// Conversation and user state in Redis, shared by every instance, so a conversation whose turns land on different
/// instances continues. Each document expires <c>timeToLive</c> after its last write, so nothing grows without bound.
/// Keys are hashed like the file store's: channel user ids must not appear in clear in a shared server.
/// </summary>
public sealed class RedisStorage(IConnectionMultiplexer redis, RedisStorageOptions options, TimeSpan timeToLive) : IStorage
{
    public async Task<IReadOnlyDictionary<string, JsonObject>> ReadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        var values = await redis.GetDatabase().StringGetAsync([.. keys.Select(RedisKeyOf)]).WaitAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < keys.Count; i++)
        {
            if (values[i].HasValue && JsonNode.Parse(values[i].ToString()) is JsonObject document)
            {
                result[keys[i]] = document;
            }
        }

        return result;
    }

    public async Task WriteAsync(IReadOnlyDictionary<string, JsonObject> changes, CancellationToken cancellationToken)
    {
        var database = redis.GetDatabase();
        var writes = changes.Select(change => database.StringSetAsync(RedisKeyOf(change.Key), change.Value.ToJsonString(), timeToLive));
        await Task.WhenAll(writes).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        if (keys.Count > 0)
        {
            await redis.GetDatabase().KeyDeleteAsync([.. keys.Select(RedisKeyOf)]).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private RedisKey RedisKeyOf(string key) => options.KeyPrefix + "state:" + StorageKeys.Hash(key);
}
