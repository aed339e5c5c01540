using System.Collections.Concurrent;
using System.Data.Common;
using DxBot.Dialogs.Answers;
using DxBot.Storage.Sql;

namespace DxBot.Handoff;

/// <summary>
/// The requests, the captured staff channels and the LINE push counts in the database. Each state change is one
/// conditional UPDATE, so two staff members (or two instances) can never both answer one request.
/// </summary>
public sealed class HandoffStore(IDatabase database, SchemaMigrator migrator, TimeProvider? time = null)
{
    /// <summary>
    /// How long a city's staff channel (or its absence) read from the database is reused: every answer not found asks
    /// whether staff can take the question, and a connection and a query for it were a few per cent of a LINE message's
    /// CPU. A capture by this instance replaces it at once; one by another instance sharing the database is seen
    /// within this time.
    /// </summary>
    public static readonly TimeSpan ChannelCacheTime = TimeSpan.FromSeconds(30);

    private const string Columns = "id, city, channel, question, state, created_at, answered_at, department, answer, card_activity_id, reminded_at, knowledge_file";

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, CachedChannel> _channels = new(StringComparer.Ordinal);

    // Moved on by every capture, so that a read which began before it cannot keep what it read.
    private int _channelsVersion;

    public async Task InsertAsync(HandoffRecord record, string userRef, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            "INSERT INTO handoff_requests (id, city, channel, question, state, created_at, user_ref) VALUES (@id, @city, @channel, @question, @state, @created_at, @user_ref)",
            c => c.AddParameter("id", record.Id).AddParameter("city", record.City).AddParameter("channel", record.Channel)
                .AddParameter("question", record.Question).AddParameter("state", record.State).AddParameter("created_at", record.CreatedAt)
                .AddParameter("user_ref", userRef),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<HandoffRecord?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var found = await QueryAsync($"SELECT {Columns} FROM handoff_requests WHERE id = @id", c => c.AddParameter("id", id), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Newest first.</summary>
    public Task<List<HandoffRecord>> ListAsync(string? state, string? city, int limit, CancellationToken cancellationToken)
    {
        // Conditions only for the filters given: PostgreSQL cannot type a NULL parameter in "@x IS NULL".
        var where = string.Join(" AND ", new[] { state is null ? null : "state = @state", city is null ? null : "city = @city" }.OfType<string>());
        return QueryAsync(
            $"SELECT {Columns} FROM handoff_requests {(where.Length > 0 ? "WHERE " + where : "")} ORDER BY created_at DESC LIMIT @limit",
            c =>
            {
                c.AddParameter("limit", limit);
                if (state is not null)
                {
                    c.AddParameter("state", state);
                }

                if (city is not null)
                {
                    c.AddParameter("city", city);
                }
            },
            cancellationToken);
    }

    /// <summary>Waiting requests created before <paramref name="before"/>, oldest first.</summary>
    public Task<List<HandoffRecord>> WaitingSinceAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        QueryAsync(
            $"SELECT {Columns} FROM handoff_requests WHERE state = 'waiting' AND created_at <= @before ORDER BY created_at",
            c => c.AddParameter("before", before),
            cancellationToken);

    /// <summary>
    /// Moves a waiting request to <paramref name="state"/> and hands back the encrypted user id, which leaves the row
    /// in the same statement: only one caller gets it. Null when the request was not waiting (already handled).
    /// </summary>
    public async Task<string?> CloseAsync(string id, string state, DateTimeOffset at, string? department, string? answer, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        string? userRef;
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            // FOR UPDATE keeps a second instance out until this one commits; SQLite's write transaction already does.
            select.CommandText = "SELECT user_ref FROM handoff_requests WHERE id = @id AND state = 'waiting'" + (database.Provider == DatabaseProvider.PostgreSql ? " FOR UPDATE" : "");
            select.AddParameter("id", id);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            userRef = reader.GetStringOrNull(0);
        }

        await using (var update = connection.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE handoff_requests SET state = @state, answered_at = @at, department = COALESCE(CAST(@department AS TEXT), department), answer = @answer, user_ref = NULL WHERE id = @id AND state = 'waiting'";
            update.AddParameter("state", state).AddParameter("at", at).AddParameter("department", department).AddParameter("answer", answer).AddParameter("id", id);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return userRef ?? "";
    }

    /// <summary>Undoes <see cref="CloseAsync"/> when the resident could not be told: the request waits again.</summary>
    public Task ReopenAsync(string id, string userRef, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE handoff_requests SET state = 'waiting', answered_at = NULL, answer = NULL, user_ref = @user_ref WHERE id = @id",
            c => c.AddParameter("id", id).AddParameter("user_ref", userRef), cancellationToken);

    public Task SetCardAsync(string id, string activityId, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE handoff_requests SET card_activity_id = @card WHERE id = @id", c => c.AddParameter("card", activityId).AddParameter("id", id), cancellationToken);

    public Task<int> SetDepartmentAsync(string id, string department, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE handoff_requests SET department = @department WHERE id = @id AND state = 'waiting'", c => c.AddParameter("department", department).AddParameter("id", id), cancellationToken);

    /// <summary>Claims the request's one reminder: true for the first caller (one instance of several).</summary>
    public async Task<bool> ClaimReminderAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE handoff_requests SET reminded_at = @at WHERE id = @id AND reminded_at IS NULL AND state = 'waiting'",
            c => c.AddParameter("at", at).AddParameter("id", id), cancellationToken).ConfigureAwait(false) == 1;

    /// <summary>Gives the reminder back when it could not be sent, so the next check tries again.</summary>
    public Task ReleaseReminderAsync(string id, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE handoff_requests SET reminded_at = NULL WHERE id = @id", c => c.AddParameter("id", id), cancellationToken);

    /// <summary>Claims the request for the knowledge: true once, for the first caller.</summary>
    public async Task<bool> ClaimKnowledgeAsync(string id, string file, CancellationToken cancellationToken) =>
        await ExecuteAsync("UPDATE handoff_requests SET knowledge_file = @file WHERE id = @id AND state = 'answered' AND knowledge_file IS NULL",
            c => c.AddParameter("file", file).AddParameter("id", id), cancellationToken).ConfigureAwait(false) == 1;

    public Task ReleaseKnowledgeAsync(string id, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE handoff_requests SET knowledge_file = NULL WHERE id = @id", c => c.AddParameter("id", id), cancellationToken);

    /// <summary>Deletes the requests created before <paramref name="before"/> (question, answer and any user id with them).</summary>
    public Task<int> PurgeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM handoff_requests WHERE created_at < @before", c => c.AddParameter("before", before), cancellationToken);

    public async Task<StaffChannel?> GetChannelAsync(string city, CancellationToken cancellationToken)
    {
        var now = _time.GetTimestamp();
        if (_channels.TryGetValue(city, out var cached) && _time.GetElapsedTime(cached.ReadAt, now) < ChannelCacheTime)
        {
            return cached.Channel;
        }

        // Stamped before the read: a capture saved while it runs drops this entry after it is stored (below).
        var version = Volatile.Read(ref _channelsVersion);
        var channel = await ReadChannelAsync(city, cancellationToken).ConfigureAwait(false);
        _channels[city] = new CachedChannel(channel, now);
        if (Volatile.Read(ref _channelsVersion) != version)
        {
            _channels.TryRemove(city, out _);
        }

        return channel;
    }

    public async Task SaveChannelAsync(string city, StaffChannel channel, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            await ExecuteAsync(
                "INSERT INTO handoff_channels (city, service_url, conversation_id, captured_at) VALUES (@city, @url, @conversation, @at) " +
                "ON CONFLICT (city) DO UPDATE SET service_url = excluded.service_url, conversation_id = excluded.conversation_id, captured_at = excluded.captured_at",
                c => c.AddParameter("city", city).AddParameter("url", channel.ServiceUrl).AddParameter("conversation", channel.ConversationId).AddParameter("at", at),
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Even when the write failed part-way: the next read asks the database what it holds.
            Interlocked.Increment(ref _channelsVersion);
            _channels.TryRemove(city, out _);
        }
    }

    private async Task<StaffChannel?> ReadChannelAsync(string city, CancellationToken cancellationToken)
    {
        return await RunAsync("SELECT service_url, conversation_id FROM handoff_channels WHERE city = @city", c => c.AddParameter("city", city), async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? new StaffChannel(reader.GetString(0), reader.GetString(1)) : null;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Adds messages a city's LINE account pushed (a multicast counts one per recipient, as LINE counts it) to the
    /// month's count: every feature that pushes counts here, so /admin shows what the quota is spent on.
    /// </summary>
    public Task CountPushesAsync(string city, DateTimeOffset at, int messages, CancellationToken cancellationToken) =>
        ExecuteAsync(
            "INSERT INTO line_push_counts (city, month, pushes) VALUES (@city, @month, @messages) ON CONFLICT (city, month) DO UPDATE SET pushes = line_push_counts.pushes + @messages",
            c => c.AddParameter("city", city).AddParameter("month", JapanTime.MonthOf(at)).AddParameter("messages", messages), cancellationToken);

    public async Task<List<PushCount>> PushCountsAsync(string? month, CancellationToken cancellationToken)
    {
        var sql = "SELECT city, month, pushes FROM line_push_counts " + (month is null ? "" : "WHERE month = @month ") + "ORDER BY month DESC, city";
        return await RunAsync(sql, c => c.AddParameter("month", month ?? ""), async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var counts = new List<PushCount>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                counts.Add(new PushCount(reader.GetString(0), reader.GetString(1), reader.GetInt64Any(2)));
            }

            return counts;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The encrypted user id of a request, for tests and the purge check; never shown anywhere.</summary>
    internal async Task<string?> UserRefAsync(string id, CancellationToken cancellationToken)
    {
        return await RunAsync("SELECT user_ref FROM handoff_requests WHERE id = @id", c => c.AddParameter("id", id),
            async command => await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string, cancellationToken).ConfigureAwait(false);
    }

    private Task<List<HandoffRecord>> QueryAsync(string sql, Action<DbCommand> parameters, CancellationToken cancellationToken) =>
        RunAsync(sql, parameters, async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var records = new List<HandoffRecord>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                records.Add(new HandoffRecord(
                    reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                    reader.GetUtc(5), reader.GetUtcOrNull(6), reader.GetStringOrNull(7), reader.GetStringOrNull(8),
                    reader.GetStringOrNull(9), reader.GetUtcOrNull(10), reader.GetStringOrNull(11)));
            }

            return records;
        }, cancellationToken);

    private Task<int> ExecuteAsync(string sql, Action<DbCommand> parameters, CancellationToken cancellationToken) =>
        RunAsync(sql, parameters, command => command.ExecuteNonQueryAsync(cancellationToken), cancellationToken);

    /// <summary>One command on a connection of its own, closed when done.</summary>
    private async Task<T> RunAsync<T>(string sql, Action<DbCommand> parameters, Func<DbCommand, Task<T>> run, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        parameters(command);
        return await run(command).ConfigureAwait(false);
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        // A CLI run or a test host may use the store before the start-up migration ran.
        await migrator.EnsureMigratedAsync(cancellationToken).ConfigureAwait(false);
        return await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A staff channel (or none) as read from the database, with the timestamp of the read.</summary>
    private sealed record CachedChannel(StaffChannel? Channel, long ReadAt);
}
