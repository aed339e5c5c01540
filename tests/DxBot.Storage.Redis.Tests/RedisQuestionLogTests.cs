using DxBot.Dialogs.Answers;
using DxBot.Storage.Redis.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace DxBot.Storage.Redis.Tests;

public sealed class RedisQuestionLogTests(RedisServer redis) : IClassFixture<RedisServer>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 3, 0, 0, TimeSpan.Zero);

    private readonly RedisStorageOptions _options = new() { KeyPrefix = "test:" + Guid.NewGuid().ToString("N")[..8] + ":" };

    [Fact]
    public async Task Entries_recorded_on_two_instances_are_read_together_oldest_first()
    {
        await using var other = await ConnectionMultiplexer.ConnectAsync(redis.Configuration);
        var first = Log(redis.Connection);
        var second = Log(other);

        await first.RecordAsync(new QuestionRecord(Now.AddDays(-2), "handa", "line", QuestionKind.Unanswered, "古い質問"), CancellationToken.None);
        await second.RecordAsync(new QuestionRecord(Now.AddMinutes(-5), "tsushima", "line", QuestionKind.Unanswered, "フェリーの時刻"), CancellationToken.None);
        await first.RecordAsync(new QuestionRecord(Now.AddMinutes(-1), "handa", "line", QuestionKind.NotHelpful, "保育園の欠席連絡", "欠席連絡のオンライン化"), CancellationToken.None);

        var all = await second.ReadAsync(DateTimeOffset.MinValue, CancellationToken.None);
        var recent = await first.ReadAsync(Now.AddDays(-1), CancellationToken.None);

        Assert.Equal(["古い質問", "フェリーの時刻", "保育園の欠席連絡"], all.Select(r => r.Text));
        Assert.Equal(["フェリーの時刻", "保育園の欠席連絡"], recent.Select(r => r.Text));
        Assert.Equal("欠席連絡のオンライン化", recent[1].EntryTitle);
    }

    [Fact]
    public async Task A_day_expires_after_the_retention_and_a_my_number_never_reaches_redis()
    {
        var log = Log(redis.Connection);

        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, "番号は1234 5678 9012です"), CancellationToken.None);

        var key = _options.KeyPrefix + "questions:2026-12-01";
        var stored = await redis.Connection.GetDatabase().ListRangeAsync(key);
        Assert.DoesNotContain("9012", Assert.Single(stored).ToString(), StringComparison.Ordinal);
        var ttl = await redis.Connection.GetDatabase().KeyTimeToLiveAsync(key);
        Assert.InRange(ttl!.Value, TimeSpan.FromDays(90), TimeSpan.FromDays(91));
    }

    [Fact]
    public async Task A_busy_day_is_streamed_page_by_page_in_full_and_long_text_is_stored_capped()
    {
        var log = Log(redis.Connection);
        var database = redis.Connection.GetDatabase();
        var key = _options.KeyPrefix + "questions:2026-12-01";
        // Written as the log writes them, faster than 1,201 RecordAsync calls.
        await database.ListRightPushAsync(key, Enumerable.Range(0, 1201)
            .Select(i => (RedisValue)System.Text.Json.JsonSerializer.Serialize(new QuestionRecord(Now.AddSeconds(-i), "handa", "line", QuestionKind.Unanswered, $"質問{i}"), QuestionLogJson.Options))
            .ToArray());
        await log.RecordAsync(new QuestionRecord(Now, "handa", "line", QuestionKind.Unanswered, new string('長', 100_000)), CancellationToken.None);

        var streamed = new List<QuestionRecord>();
        await foreach (var record in log.StreamAsync(DateTimeOffset.MinValue, CancellationToken.None))
        {
            streamed.Add(record);
        }

        Assert.Equal(1202, streamed.Count);
        Assert.Equal(1201, streamed.Select(r => r.Text).Distinct().Count(t => t.StartsWith("質問", StringComparison.Ordinal)));
        Assert.Equal(QuestionRecord.MaxTextLength, streamed[^1].Text.Length);
        Assert.True((await database.ListGetByIndexAsync(key, -1)).ToString().Length < 1000);
    }

    private RedisQuestionLog Log(IConnectionMultiplexer connection) =>
        new(connection, _options, TimeSpan.FromDays(90), new FakeTimeProvider(Now), NullLogger<RedisQuestionLog>.Instance);
}
