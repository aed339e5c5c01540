using System.Text.Json;
using DxBot.Knowledge;
using StackExchange.Redis;

namespace DxBot.Storage.Redis;

/// <summary>Reindex signals over Redis pub/sub: every subscribed instance hears a reindex on any of them.</summary>
public sealed class RedisReindexBus(IConnectionMultiplexer redis, RedisStorageOptions options) : IReindexBus
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private RedisChannel Channel => RedisChannel.Literal(options.KeyPrefix + "reindex");

    public Task PublishAsync(ReindexSignal signal, CancellationToken cancellationToken) =>
        redis.GetSubscriber().PublishAsync(Channel, JsonSerializer.Serialize(signal, JsonOptions)).WaitAsync(cancellationToken);

    public async Task SubscribeAsync(Func<ReindexSignal, Task> handler, CancellationToken cancellationToken)
    {
        var queue = await redis.GetSubscriber().SubscribeAsync(Channel).WaitAsync(cancellationToken).ConfigureAwait(false);

        // A channel message queue runs the handler for one message at a time, in order.
        queue.OnMessage(async message =>
        {
            if (message.Message.HasValue && Deserialize(message.Message.ToString()) is { } signal)
            {
                await handler(signal).ConfigureAwait(false);
            }
        });
    }

    private static ReindexSignal? Deserialize(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<ReindexSignal>(json, JsonOptions);
        }
        catch (JsonException)
        {
            // Not ours (another program on the channel): ignored rather than crashing the subscriber.
            return null;
        }
    }
}
