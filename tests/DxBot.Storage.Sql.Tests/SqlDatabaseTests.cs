using DxBot.Storage.Sql.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DxBot.Storage.Sql.Tests;

[Collection(DatabaseCollection.Name)]
public sealed class SqlDatabaseTests(DatabaseFixture fixture)
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("PostgreSql")]
    public async Task Timestamps_come_back_as_the_same_UTC_instant_and_sort_as_time(string provider)
    {
        await using var database = await fixture.NewDatabaseAsync(provider);
        await DatabaseFixture.Migrator(database, new SchemaMigration("times", 1,
            "CREATE TABLE times (id INTEGER NOT NULL, at TEXT NOT NULL);",
            "CREATE TABLE times (id integer NOT NULL, at timestamptz NOT NULL);")).EnsureMigratedAsync(CancellationToken.None);

        // A Japan-time instant, and two instants whose fractions have different lengths once trailing zeros go.
        var instants = new[]
        {
            new DateTimeOffset(2026, 12, 3, 9, 30, 0, TimeSpan.FromHours(9)),
            new DateTimeOffset(2026, 12, 3, 0, 30, 0, 500, TimeSpan.Zero),
            new DateTimeOffset(2026, 12, 3, 0, 30, 0, 450, TimeSpan.Zero),
        };
        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        {
            for (var i = 0; i < instants.Length; i++)
            {
                await using var insert = connection.CreateCommand();
                insert.CommandText = "INSERT INTO times (id, at) VALUES (@id, @at)";
                insert.AddParameter("id", i).AddParameter("at", instants[i]);
                await insert.ExecuteNonQueryAsync();
            }
        }

        await using (var connection = await database.OpenConnectionAsync(CancellationToken.None))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = "SELECT id, at FROM times WHERE at > @after ORDER BY at";
            select.AddParameter("after", new DateTimeOffset(2026, 12, 3, 0, 30, 0, TimeSpan.Zero));
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<(long Id, DateTimeOffset At)>();
            while (await reader.ReadAsync())
            {
                rows.Add((reader.GetInt64Any(0), reader.GetUtc(1)));
            }

            Assert.Equal([2L, 1L], rows.Select(r => r.Id));
            Assert.Equal(instants[2], rows[0].At);
            Assert.Equal(TimeSpan.Zero, rows[0].At.Offset);
        }
    }

    [Fact]
    public async Task Sqlite_by_default_is_a_WAL_file_under_the_content_root()
    {
        var contentRoot = fixture.NewFolder();
        await using var database = new SqlDatabase(new DatabaseOptions(), contentRoot);

        await using var connection = await database.OpenConnectionAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        Assert.Equal(Path.Combine(contentRoot, "data", "dxbot.db"), database.SqliteFile);
        Assert.True(File.Exists(database.SqliteFile));
    }

    [Fact]
    public async Task The_host_migrates_at_start_and_reports_the_database_ready()
    {
        var contentRoot = fixture.NewFolder();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = contentRoot, DisableDefaults = true });
        builder.Services.AddLogging();
        builder.Services.AddSqlStorage(builder.Configuration);
        builder.Services.AddSchemaMigrations(new SchemaMigration("things", 1, "CREATE TABLE things (name TEXT);", "CREATE TABLE things (name text);"));
        using var host = builder.Build();

        await host.StartAsync();
        try
        {
            var database = host.Services.GetRequiredService<IDatabase>();
            Assert.Equal(["things 1"], await SchemaMigratorTests.AppliedAsync(database));
            Assert.Equal(0L, await SchemaMigratorTests.ScalarAsync(database, "SELECT COUNT(*) FROM things"));
            var health = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
            Assert.Equal(HealthStatus.Healthy, health.Entries["database"].Status);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    [Theory]
    [InlineData("PostgreSql", null, "Database:ConnectionString is required")]
    [InlineData("PostgreSql", "Host=db;Password=hunter2;Nonsense Key=1", "not a valid PostgreSql connection string")]
    [InlineData("Sqlite", "Data Source=x.db;Password=hunter2;Nonsense Key=1", "not a valid Sqlite connection string")]
    [InlineData("Oracle", null, "Database:Provider must be")]
    public void A_bad_configuration_stops_the_start_without_quoting_the_connection_string(string provider, string? connectionString, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider == "Oracle" ? "7" : provider,
            ["Database:ConnectionString"] = connectionString,
        }).Build();
        using var services = new ServiceCollection().AddLogging().AddSqlStorage(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<DatabaseOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_defaults_are_valid()
    {
        using var services = new ServiceCollection().AddLogging().AddSqlStorage(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var options = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Null(options.ConnectionString);
    }
}
