using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DxBot.Dialogs.Answers;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DxBot.Storage.Redis;

/// <summary>
/// The question log of a deployment with several instances: one Redis list per UTC day, expiring after the
/// retention, so `dxbot report` and `/admin/unanswered` see what residents asked on every instance.
/// </summary>
public sealed class RedisQuestionLog(IConnectionMultiplexer redis, RedisStorageOptions options, TimeSpan retention, TimeProvider time, ILogger<RedisQuestionLog> logger)
    : IQuestionLog
{
    private const string DayFormat = "yyyy-MM-dd";

    private const int PageSize = 500;

    public async Task RecordAsync(QuestionRecord record, CancellationToken cancellationToken)
    {
        try
        {
            var key = KeyOf(DateOnly.FromDateTime(record.At.UtcDateTime));
            var database = redis.GetDatabase();
            await database.ListRightPushAsync(key, JsonSerializer.Serialize(record, QuestionLogJson.Options)).WaitAsync(cancellationToken).ConfigureAwait(false);

            // The day's list lives for the retention after its last entry.
            await database.KeyExpireAsync(key, retention + TimeSpan.FromDays(1)).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Never the text: the entry is lost, the resident's turn goes on.
            logger.LogWarning("Could not record a {Kind} entry in the Redis question log ({Error}).", record.Kind, e.GetType().Name);
        }
    }

    public async Task<IReadOnlyList<QuestionRecord>> ReadAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var records = new List<QuestionRecord>();
        await foreach (var record in StreamAsync(since, cancellationToken).ConfigureAwait(false))
        {
            records.Add(record);
        }

        return records.OrderBy(r => r.At).ToList();
    }

    public async IAsyncEnumerable<QuestionRecord> StreamAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var oldest = today.AddDays(-(int)Math.Ceiling(retention.TotalDays));
        var first = since.UtcDateTime <= oldest.ToDateTime(TimeOnly.MinValue) ? oldest : DateOnly.FromDateTime(since.UtcDateTime);
        for (var day = first; day <= today; day = day.AddDays(1))
        {
            // A page at a time: a busy day's list is never fetched whole.
            for (long start = 0; ; start += PageSize)
            {
                var page = await redis.GetDatabase().ListRangeAsync(KeyOf(day), start, start + PageSize - 1).WaitAsync(cancellationToken).ConfigureAwait(false);
                foreach (var value in page)
                {
                    if (QuestionLogJson.Parse(value.ToString()) is not { } record)
                    {
                        logger.LogWarning("Skipped an unreadable entry in the Redis question log of {Day}.", day.ToString(DayFormat, CultureInfo.InvariantCulture));
                    }
                    else if (record.At >= since)
                    {
                        yield return record;
                    }
                }

                if (page.Length < PageSize)
                {
                    break;
                }
            }
        }
    }

    private RedisKey KeyOf(DateOnly day) => options.KeyPrefix + "questions:" + day.ToString(DayFormat, CultureInfo.InvariantCulture);
}
