using DxBot.Dialogs.Topics.SupportSessions.Booking;
using DxBot.Sessions;
using DxBot.Storage.Sql;
using DxBot.Tests.Shared;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;

namespace DxBot.Channels.Line.Tests;

/// <summary>
/// Capacity holds when residents book the same session at the same moment (two instances, or one busy instance):
/// the booking transaction locks the session, on SQLite and on PostgreSQL.
/// </summary>
public sealed class SessionBookingConcurrencyTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    [Fact]
    public async Task Simultaneous_Bookings_never_exceed_capacity_on_SQLite()
    {
        var file = Path.Combine(Path.GetTempPath(), "dxbot-booking-race-" + Guid.NewGuid().ToString("N") + ".db");
        await RaceAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = $"Data Source={file}" });
    }

    [Fact]
    public async Task Simultaneous_Bookings_never_exceed_capacity_on_PostgreSQL() =>
        await RaceAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = await postgres.CreateDatabaseAsync() });

    private static async Task RaceAsync(DatabaseOptions options)
    {
        await using var database = new SqlDatabase(options, Path.GetTempPath());
        await new SchemaMigrator(database, SessionMigrations.All, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).EnsureMigratedAsync(CancellationToken.None);
        var keys = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "dxbot-session-keys-" + Guid.NewGuid().ToString("N")));
        // Two stores on one database and one key ring: two instances of the bot.
        var stores = Enumerable.Range(0, 2)
            .Select(_ => new SqlSessionStore(database, DataProtectionProvider.Create(keys, b => b.SetApplicationName("DxBot")), TimeProvider.System))
            .ToList();
        var now = DateTimeOffset.UtcNow;
        var session = await stores[0].PublishAsync(new NewSession("handa", "スマホ教室", now.AddDays(3), null, "市役所", Capacity: 3), CancellationToken.None);
        var users = Enumerable.Range(0, 12).Select(i => new BookingUser("line", "U" + Guid.NewGuid().ToString("N"))).ToList();

        var results = await Task.WhenAll(users.Select((user, i) => Task.Run(() => stores[i % 2].BookAsync(session.Id, user, now, CancellationToken.None))));

        Assert.Equal(3, results.Count(r => r.Outcome == BookingOutcomeKind.Booked));
        Assert.Equal(9, results.Count(r => r.Outcome == BookingOutcomeKind.Waiting));
        // Waiting places are 1..9, each given once.
        Assert.Equal(Enumerable.Range(1, 9), results.Where(r => r.Outcome == BookingOutcomeKind.Waiting).Select(r => r.WaitingPosition).Order());
        var after = await stores[1].FindAsync(session.Id, CancellationToken.None);
        Assert.Equal((3, 9, 0), (after!.Booked, after.Waiting, after.SeatsLeft));
    }
}
