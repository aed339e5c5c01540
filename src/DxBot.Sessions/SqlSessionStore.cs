using System.Data.Common;
using System.Security.Cryptography;
using DxBot.Dialogs.Topics.SupportSessions.Booking;
using DxBot.Storage.Sql;
using Microsoft.AspNetCore.DataProtection;

namespace DxBot.Sessions;

/// <summary>
/// <see cref="ISessionStore"/> on the shared database (SQLite or PostgreSQL). A booking's user is stored encrypted
/// with ASP.NET Core Data Protection; as its ciphertext differs every time, a user's bookings are found by decrypting
/// the few live bookings of the sessions concerned. Booking and cancelling run in a transaction that locks the
/// session (SQLite: BEGIN IMMEDIATE; PostgreSQL: SELECT … FOR UPDATE), so capacity holds across instances.
/// </summary>
public sealed class SqlSessionStore(IDatabase database, IDataProtectionProvider protection, TimeProvider time) : ISessionStore
{
    private const string Purpose = "DxBot.Sessions.BookingUser.v1";

    private const string SessionColumns =
        "s.id, s.city, s.programme, s.starts_at, s.ends_at, s.venue, s.capacity, s.fee, s.bring, s.how_to_apply, s.cancelled, s.is_sample, " +
        "(SELECT COUNT(*) FROM session_bookings c WHERE c.session_id = s.id AND c.state = 'booked'), " +
        "(SELECT COUNT(*) FROM session_bookings c WHERE c.session_id = s.id AND c.state = 'waiting')";

    private const int SessionColumnCount = 14;

    private const string BookingColumns = "b.id, b.session_id, b.user_protected, b.state, b.reminder, b.reminded_at, b.created_at";

    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public async Task<PublishedSession> PublishAsync(NewSession session, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        long? id = null;
        if (session.ExternalId is { } externalId)
        {
            // A repeated import of the same calendar event updates it instead of adding it again.
            id = await ScalarAsync(connection, transaction, "SELECT id FROM sessions WHERE city = @city AND external_id = @external",
                cancellationToken, ("@city", session.CityId), ("@external", externalId)).ConfigureAwait(false);
        }

        var values = new (string, object?)[]
        {
            ("@city", session.CityId), ("@programme", session.Programme), ("@start", session.Start), ("@end", session.End), ("@venue", session.Venue),
            ("@capacity", session.Capacity), ("@fee", session.Fee), ("@bring", session.Bring), ("@apply", session.HowToApply),
            ("@sample", session.IsSample ? 1 : 0), ("@external", session.ExternalId), ("@now", time.GetUtcNow()),
        };
        if (id is { } existing)
        {
            await ExecuteAsync(connection, transaction,
                "UPDATE sessions SET programme = @programme, starts_at = @start, ends_at = @end, venue = @venue, capacity = @capacity, fee = @fee, " +
                "bring = @bring, how_to_apply = @apply, is_sample = @sample WHERE id = @id",
                cancellationToken, [.. values, ("@id", existing)]).ConfigureAwait(false);
        }
        else
        {
            id = await ScalarAsync(connection, transaction,
                "INSERT INTO sessions (city, programme, starts_at, ends_at, venue, capacity, fee, bring, how_to_apply, cancelled, is_sample, external_id, created_at) " +
                "VALUES (@city, @programme, @start, @end, @venue, @capacity, @fee, @bring, @apply, 0, @sample, @external, @now) RETURNING id",
                cancellationToken, values).ConfigureAwait(false);
        }

        var published = await FindAsync(connection, transaction, id!.Value, forUpdate: false, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return published!;
    }

    public async Task<IReadOnlyList<PublishedSession>> UpcomingAsync(string cityId, DateTimeOffset now, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadSessionsAsync(connection, null,
            $"SELECT {SessionColumns} FROM sessions s WHERE s.city = @city AND s.cancelled = 0 AND s.starts_at > @now ORDER BY s.starts_at, s.id LIMIT @max",
            cancellationToken, ("@city", cityId), ("@now", now), ("@max", max)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<PublishedSession>> ListAsync(string cityId, DateTimeOffset from, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await ReadSessionsAsync(connection, null,
            $"SELECT {SessionColumns} FROM sessions s WHERE s.city = @city AND s.starts_at >= @from ORDER BY s.starts_at, s.id",
            cancellationToken, ("@city", cityId), ("@from", from)).ConfigureAwait(false);
    }

    public async Task<PublishedSession?> FindAsync(long sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(connection, null, sessionId, forUpdate: false, cancellationToken).ConfigureAwait(false);
    }

    public async Task<BookingResult> BookAsync(long sessionId, BookingUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var session = await FindAsync(connection, transaction, sessionId, forUpdate: true, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return new BookingResult(BookingOutcomeKind.NotFound, null);
        }

        if (session.Cancelled || session.Start <= now)
        {
            return new BookingResult(BookingOutcomeKind.NotOpen, session);
        }

        var live = await LiveBookingsAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
        if (live.FirstOrDefault(b => b.User.Is(user)) is { } mine)
        {
            return new BookingResult(mine.State == BookingState.Booked ? BookingOutcomeKind.AlreadyBooked : BookingOutcomeKind.AlreadyWaiting, session, mine.Id,
                mine.State == BookingState.Waiting ? live.Where(b => b.State == BookingState.Waiting).TakeWhile(b => b.Id != mine.Id).Count() + 1 : 0);
        }

        var state = session.Booked < session.Capacity ? BookingState.Booked : BookingState.Waiting;
        var id = await ScalarAsync(connection, transaction,
            "INSERT INTO session_bookings (session_id, user_protected, state, reminder, reminded_at, created_at) VALUES (@session, @user, @state, 0, NULL, @now) RETURNING id",
            cancellationToken, ("@session", sessionId), ("@user", Protect(user)), ("@state", Name(state)), ("@now", now)).ConfigureAwait(false);
        var after = await FindAsync(connection, transaction, sessionId, forUpdate: false, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return state == BookingState.Booked
            ? new BookingResult(BookingOutcomeKind.Booked, after, id)
            : new BookingResult(BookingOutcomeKind.Waiting, after, id, after!.Waiting);
    }

    public async Task<CancellationResult> CancelBookingAsync(long sessionId, BookingUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var session = await FindAsync(connection, transaction, sessionId, forUpdate: true, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return new CancellationResult(false, null, null);
        }

        var live = await LiveBookingsAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
        if (live.FirstOrDefault(b => b.User.Is(user)) is not { } mine)
        {
            return new CancellationResult(false, session, null);
        }

        await ExecuteAsync(connection, transaction, "UPDATE session_bookings SET state = 'cancelled' WHERE id = @id", cancellationToken, ("@id", mine.Id)).ConfigureAwait(false);
        SessionBooking? promoted = null;
        var bookedLeft = live.Count(b => b.State == BookingState.Booked && b.Id != mine.Id);
        if (mine.State == BookingState.Booked && !session.Cancelled && bookedLeft < session.Capacity
            && live.FirstOrDefault(b => b.State == BookingState.Waiting) is { } first)
        {
            // The first on the waiting list takes the freed seat, in the same transaction as the cancellation.
            await ExecuteAsync(connection, transaction, "UPDATE session_bookings SET state = 'booked' WHERE id = @id", cancellationToken, ("@id", first.Id)).ConfigureAwait(false);
            promoted = first with { State = BookingState.Booked };
        }

        var after = await FindAsync(connection, transaction, sessionId, forUpdate: false, cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new CancellationResult(true, after, promoted);
    }

    public async Task<bool> SetReminderAsync(long sessionId, BookingUser user, bool reminder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var live = await LiveBookingsAsync(connection, null, sessionId, cancellationToken).ConfigureAwait(false);
        if (live.FirstOrDefault(b => b.User.Is(user)) is not { } mine)
        {
            return false;
        }

        await ExecuteAsync(connection, null, "UPDATE session_bookings SET reminder = @reminder WHERE id = @id", cancellationToken, ("@reminder", reminder ? 1 : 0), ("@id", mine.Id))
            .ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<(PublishedSession Session, SessionBooking Booking)>> BookingsOfAsync(string cityId, BookingUser user, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var all = await JoinedAsync(
            "s.city = @city AND s.cancelled = 0 AND s.starts_at > @now AND b.state IN ('booked', 'waiting')",
            cancellationToken, ("@city", cityId), ("@now", now)).ConfigureAwait(false);
        return all.Where(x => x.Booking.User.Is(user)).ToList();
    }

    public async Task<IReadOnlyList<SessionBooking>> BookingsForAsync(long sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var live = await LiveBookingsAsync(connection, null, sessionId, cancellationToken).ConfigureAwait(false);
        return live.OrderBy(b => b.State == BookingState.Booked ? 0 : 1).ThenBy(b => b.Id).ToList();
    }

    public async Task<IReadOnlyList<SessionBooking>?> CancelSessionAsync(long sessionId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var session = await FindAsync(connection, transaction, sessionId, forUpdate: true, cancellationToken).ConfigureAwait(false);
        if (session is null)
        {
            return null;
        }

        var live = await LiveBookingsAsync(connection, transaction, sessionId, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "UPDATE sessions SET cancelled = 1 WHERE id = @id", cancellationToken, ("@id", sessionId)).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, "UPDATE session_bookings SET state = 'cancelled' WHERE session_id = @id AND state IN ('booked', 'waiting')",
            cancellationToken, ("@id", sessionId)).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return live;
    }

    public Task<IReadOnlyList<(PublishedSession Session, SessionBooking Booking)>> DueRemindersAsync(DateTimeOffset now, DateTimeOffset horizon, CancellationToken cancellationToken) =>
        JoinedAsync("b.state = 'booked' AND b.reminder = 1 AND b.reminded_at IS NULL AND s.cancelled = 0 AND s.starts_at > @now AND s.starts_at <= @horizon",
            cancellationToken, ("@now", now), ("@horizon", horizon));

    public async Task MarkRemindedAsync(long bookingId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, null, "UPDATE session_bookings SET reminded_at = @at WHERE id = @id", cancellationToken, ("@at", at), ("@id", bookingId)).ConfigureAwait(false);
    }

    public async Task<int> ForgetBookingsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM session_bookings WHERE session_id IN (SELECT id FROM sessions WHERE COALESCE(ends_at, starts_at) < @cutoff)";
        command.AddParameter("@cutoff", cutoff);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> SubscribeAsync(string cityId, BookingUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if ((await SubscriptionsAsync(connection, transaction, cityId, cancellationToken).ConfigureAwait(false)).Any(s => s.User.Is(user)))
        {
            return false;
        }

        await ExecuteAsync(connection, transaction, "INSERT INTO session_subscribers (city, user_protected, created_at) VALUES (@city, @user, @now)",
            cancellationToken, ("@city", cityId), ("@user", Protect(user)), ("@now", time.GetUtcNow())).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> UnsubscribeAsync(string cityId, BookingUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var mine = (await SubscriptionsAsync(connection, null, cityId, cancellationToken).ConfigureAwait(false)).Where(s => s.User.Is(user)).ToList();
        foreach (var (id, _) in mine)
        {
            await ExecuteAsync(connection, null, "DELETE FROM session_subscribers WHERE id = @id", cancellationToken, ("@id", id)).ConfigureAwait(false);
        }

        return mine.Count > 0;
    }

    public async Task<IReadOnlyList<BookingUser>> SubscribersAsync(string cityId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return (await SubscriptionsAsync(connection, null, cityId, cancellationToken).ConfigureAwait(false)).Select(s => s.User).ToList();
    }

    private async Task<List<(long Id, BookingUser User)>> SubscriptionsAsync(DbConnection connection, DbTransaction? transaction, string cityId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, user_protected FROM session_subscribers WHERE city = @city ORDER BY id";
        command.AddParameter("@city", cityId);
        var subscriptions = new List<(long, BookingUser)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (Unprotect(reader.GetString(1)) is { } user)
            {
                subscriptions.Add((reader.GetInt64Any(0), user));
            }
        }

        return subscriptions;
    }

    private async Task<IReadOnlyList<(PublishedSession Session, SessionBooking Booking)>> JoinedAsync(string where, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {SessionColumns}, {BookingColumns} FROM session_bookings b JOIN sessions s ON s.id = b.session_id WHERE {where} ORDER BY s.starts_at, b.id";
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        var rows = new List<(PublishedSession, SessionBooking)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ReadBooking(reader, SessionColumnCount) is { } booking)
            {
                rows.Add((ReadSession(reader), booking));
            }
        }

        return rows;
    }

    private async Task<PublishedSession?> FindAsync(DbConnection connection, DbTransaction? transaction, long sessionId, bool forUpdate, CancellationToken cancellationToken)
    {
        if (forUpdate && database.Provider == DatabaseProvider.PostgreSql)
        {
            // Locks the session row until the transaction ends: bookings of one session are made one at a time.
            await ExecuteAsync(connection, transaction, "SELECT id FROM sessions WHERE id = @id FOR UPDATE", cancellationToken, ("@id", sessionId)).ConfigureAwait(false);
        }

        var found = await ReadSessionsAsync(connection, transaction, $"SELECT {SessionColumns} FROM sessions s WHERE s.id = @id", cancellationToken, ("@id", sessionId))
            .ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    private async Task<List<SessionBooking>> LiveBookingsAsync(DbConnection connection, DbTransaction? transaction, long sessionId, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {BookingColumns} FROM session_bookings b WHERE b.session_id = @id AND b.state IN ('booked', 'waiting') ORDER BY b.id";
        command.AddParameter("@id", sessionId);
        var bookings = new List<SessionBooking>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (ReadBooking(reader, 0) is { } booking)
            {
                bookings.Add(booking);
            }
        }

        return bookings;
    }

    private static async Task<List<PublishedSession>> ReadSessionsAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        var sessions = new List<PublishedSession>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sessions.Add(ReadSession(reader));
        }

        return sessions;
    }

    private static PublishedSession ReadSession(DbDataReader reader) =>
        new(reader.GetInt64Any(0), reader.GetString(1), reader.GetString(2), reader.GetUtc(3), reader.GetUtcOrNull(4), reader.GetString(5), (int)reader.GetInt64Any(6),
            reader.GetStringOrNull(7), reader.GetStringOrNull(8), reader.GetStringOrNull(9), reader.GetInt64Any(10) != 0, reader.GetInt64Any(11) != 0)
        {
            Booked = (int)reader.GetInt64Any(12),
            Waiting = (int)reader.GetInt64Any(13),
        };

    /// <summary>A booking row from <paramref name="offset"/>; null when its user cannot be decrypted (keys lost), which is then treated as no one's.</summary>
    private SessionBooking? ReadBooking(DbDataReader reader, int offset)
    {
        if (Unprotect(reader.GetString(offset + 2)) is not { } user)
        {
            return null;
        }

        var state = reader.GetString(offset + 3) switch
        {
            "booked" => BookingState.Booked,
            "waiting" => BookingState.Waiting,
            _ => BookingState.Cancelled,
        };
        return new SessionBooking(reader.GetInt64Any(offset), reader.GetInt64Any(offset + 1), user, state, reader.GetInt64Any(offset + 4) != 0,
            reader.GetUtcOrNull(offset + 5), reader.GetUtc(offset + 6));
    }

    private string Protect(BookingUser user) => _protector.Protect(user.Channel + "\n" + user.UserId);

    /// <summary>The stored user, or null when it cannot be decrypted (the key ring was lost): then it is no one's.</summary>
    private BookingUser? Unprotect(string stored)
    {
        try
        {
            var plain = _protector.Unprotect(stored);
            var separator = plain.IndexOf('\n', StringComparison.Ordinal);
            return separator < 0 ? null : new BookingUser(plain[..separator], plain[(separator + 1)..]);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static string Name(BookingState state) => state switch
    {
        BookingState.Booked => "booked",
        BookingState.Waiting => "waiting",
        _ => "cancelled",
    };

    private static async Task<long?> ScalarAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        var result = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return result is null or DBNull ? null : Convert.ToInt64(result, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.AddParameter(name, value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
