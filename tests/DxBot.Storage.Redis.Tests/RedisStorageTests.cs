using System.Text.Json.Nodes;
using DxBot.Storage.Redis.Tests.Infrastructure;

namespace DxBot.Storage.Redis.Tests;

public sealed class RedisStorageTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private readonly RedisStorageOptions _options = new() { KeyPrefix = "test:" + Guid.NewGuid().ToString("N")[..8] + ":" };

    [Fact]
    public async Task A_document_written_by_one_client_is_read_by_another()
    {
        var key = "line/conversations/Uaaaabbbbccccddddeeeeffff00001111";
        await new RedisStorage(redis.Connection, _options, TimeSpan.FromMinutes(5)).WriteAsync(
            new Dictionary<string, JsonObject> { [key] = new() { ["city"] = "handa" } }, CancellationToken.None);

        await using var other = await StackExchange.Redis.ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var read = await new RedisStorage(other, _options, TimeSpan.FromMinutes(5)).ReadAsync([key, "missing"], CancellationToken.None);

        Assert.Equal("handa", (string?)read[key]["city"]);
        Assert.False(read.ContainsKey("missing"));
    }

    [Fact]
    public async Task Keys_in_redis_hold_no_user_id_and_expire()
    {
        var key = "line/users/U0123456789abcdef0123456789abcdef";
        var storage = new RedisStorage(redis.Connection, _options, TimeSpan.FromMinutes(5));
        await storage.WriteAsync(new Dictionary<string, JsonObject> { [key] = new() { ["x"] = 1 } }, CancellationToken.None);

        var server = redis.Connection.GetServer(redis.Connection.GetEndPoints()[0]);
        var stored = server.Keys(pattern: _options.KeyPrefix + "*").Select(k => k.ToString()).ToList();
        var single = Assert.Single(stored);
        Assert.DoesNotContain("U0123456789abcdef", single, StringComparison.Ordinal);

        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(single);
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMinutes(4), TimeSpan.FromMinutes(5));
    }

    [Fact]
    public async Task A_document_is_gone_after_its_time_to_live()
    {
        var storage = new RedisStorage(redis.Connection, _options, TimeSpan.FromMilliseconds(200));
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["x"] = 1 } }, CancellationToken.None);

        // Redis expires the key itself; poll rather than assume a duration.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await storage.ReadAsync(["k"], CancellationToken.None)).Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the document did not expire");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Delete_removes_the_document()
    {
        var storage = new RedisStorage(redis.Connection, _options, TimeSpan.FromMinutes(5));
        await storage.WriteAsync(new Dictionary<string, JsonObject> { ["k"] = new() { ["x"] = 1 } }, CancellationToken.None);

        await storage.DeleteAsync(["k"], CancellationToken.None);

        Assert.Empty(await storage.ReadAsync(["k"], CancellationToken.None));
    }
}
