using System.Data.Common;
using DxBot.Storage.Sql.Tests.Infrastructure;

namespace DxBot.Storage.Sql.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class SchemaMigratorTests(DatabaseFixture fixture)
{
    // Not idempotent on purpose: run twice, the CREATE fails and the INSERT doubles the row.
    private static readonly SchemaMigration NotesV1 = new("notes", 1,
        "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL); INSERT INTO notes (id, body) VALUES (1, 'first');",
        "CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL); INSERT INTO notes (id, body) VALUES (1, 'first');");

    private static readonly SchemaMigration NotesV2 = new("notes", 2,
        "ALTER TABLE notes ADD COLUMN author TEXT;",
        "ALTER TABLE notes ADD COLUMN author text;");

    private static readonly SchemaMigration OtherV1 = new("other", 1,
        "CREATE TABLE other_things (name TEXT NOT NULL);",
        "CREATE TABLE other_things (name text NOT NULL);");

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Every_module_is_migrated_in_order_and_recorded(string provider)
    {
        await using var database = await fixture.NewDatabaseAsync(provider);

        // Registered out of order, and by two modules: each module's versions still run in order.
        await DatabaseFixture.Migrator(database, NotesV2, OtherV1, NotesV1).EnsureMigratedAsync(CancellationToken.None);

        Assert.Equal(["notes 1", "notes 2", "other 1"], await AppliedAsync(database));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM notes WHERE author IS NULL"));
        Assert.Equal(0L, await ScalarAsync(database, "SELECT COUNT(*) FROM other_things"));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_later_start_applies_only_the_new_steps(string provider)
    {
        await using var database = await fixture.NewDatabaseAsync(provider);
        await DatabaseFixture.Migrator(database, NotesV1).EnsureMigratedAsync(CancellationToken.None);

        // The next release adds a step; the first one (not idempotent) must not run again.
        await DatabaseFixture.Migrator(database, NotesV1, NotesV2, OtherV1).EnsureMigratedAsync(CancellationToken.None);

        Assert.Equal(["notes 1", "notes 2", "other 1"], await AppliedAsync(database));
        Assert.Equal(1L, await ScalarAsync(database, "SELECT COUNT(*) FROM notes"));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Instances_starting_together_apply_each_step_once(string provider)
    {
        var options = await fixture.NewOptionsAsync(provider);
        var databases = Enumerable.Range(0, 6).Select(_ => new SqlDatabase(options, fixture.NewFolder())).ToList();
        try
        {
            // Separate databases objects (pools) stand for separate processes started by one deploy.
            await Task.WhenAll(databases.Select(database => Task.Run(() =>
                DatabaseFixture.Migrator(database, NotesV1, NotesV2, OtherV1).EnsureMigratedAsync(CancellationToken.None))));

            Assert.Equal(["notes 1", "notes 2", "other 1"], await AppliedAsync(databases[0]));
            Assert.Equal(1L, await ScalarAsync(databases[0], "SELECT COUNT(*) FROM notes"));
        }
        finally
        {
            foreach (var database in databases)
            {
                await database.DisposeAsync();
            }
        }
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task A_failing_step_leaves_nothing_behind_and_stops_the_start(string provider)
    {
        await using var database = await fixture.NewDatabaseAsync(provider);
        var broken = new SchemaMigration("other", 1, "CREATE TABLE other_things (name TEXT); THIS IS NOT SQL;", "CREATE TABLE other_things (name text); THIS IS NOT SQL;");

        await Assert.ThrowsAnyAsync<DbException>(() => DatabaseFixture.Migrator(database, NotesV1, broken).EnsureMigratedAsync(CancellationToken.None));

        // One transaction: neither the good step nor the broken step's first statement stayed.
        Assert.Empty(await AppliedAsync(database));
        await Assert.ThrowsAnyAsync<DbException>(() => ScalarAsync(database, "SELECT COUNT(*) FROM notes"));
        await Assert.ThrowsAnyAsync<DbException>(() => ScalarAsync(database, "SELECT COUNT(*) FROM other_things"));
    }

    [Fact]
    public void Two_different_steps_with_one_number_are_refused()
    {
        var clash = NotesV1 with { Sqlite = "SELECT 1" };
        var database = new SqlDatabase(new DatabaseOptions(), fixture.NewFolder());

        var error = Assert.Throws<InvalidOperationException>(() => DatabaseFixture.Migrator(database, NotesV1, clash));

        Assert.Contains("'notes' 1", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Notes", 1)]
    [InlineData("notes", 0)]
    [InlineData("", 1)]
    public void A_step_needs_a_lower_case_module_and_a_positive_version(string module, int version)
    {
        var database = new SqlDatabase(new DatabaseOptions(), fixture.NewFolder());

        Assert.Throws<InvalidOperationException>(() => DatabaseFixture.Migrator(database, new SchemaMigration(module, version, "SELECT 1", "SELECT 1")));
    }

    internal static async Task<List<string>> AppliedAsync(IDatabase database)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT module, version, applied_at FROM schema_migrations ORDER BY module, version";
        var rows = new List<string>();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                Assert.True(reader.GetUtc(2) > DateTimeOffset.UtcNow.AddHours(-1));
                rows.Add($"{reader.GetString(0)} {reader.GetInt64Any(1)}");
            }
        }
        catch (DbException)
        {
            // No schema_migrations table: nothing was ever applied.
        }

        return rows;
    }

    internal static async Task<long> ScalarAsync(IDatabase database, string sql)
    {
        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
