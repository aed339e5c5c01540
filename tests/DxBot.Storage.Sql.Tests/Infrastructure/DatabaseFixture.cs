using DxBot.Storage.Sql;
using DxBot.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace DxBot.Storage.Sql.Tests.Infrastructure;

/// <summary>
/// One real PostgreSQL server for the whole collection, and a fresh database per test on either provider: a new
/// SQLite file in a temporary folder, or a new database on that server.
/// </summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    private readonly List<string> _folders = [];

    public PostgresServer Postgres { get; } = new();

    public Task InitializeAsync() => Postgres.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Postgres.DisposeAsync();
        foreach (var folder in _folders)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans the temp folder eventually.
            }
        }
    }

    /// <summary>Options for a new, empty database of <paramref name="provider"/> ("Sqlite" or "PostgreSql").</summary>
    public async Task<DatabaseOptions> NewOptionsAsync(string provider)
    {
        var kind = Enum.Parse<DatabaseProvider>(provider);
        if (kind == DatabaseProvider.PostgreSql)
        {
            return new DatabaseOptions { Provider = kind, ConnectionString = await Postgres.CreateDatabaseAsync() };
        }

        var folder = NewFolder();
        return new DatabaseOptions { Provider = kind, ConnectionString = $"Data Source={Path.Combine(folder, "test.db")}" };
    }

    public async Task<SqlDatabase> NewDatabaseAsync(string provider) => new(await NewOptionsAsync(provider), NewFolder());

    public string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "dxbot-sql-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        lock (_folders)
        {
            _folders.Add(folder);
        }

        return folder;
    }

    public static SchemaMigrator Migrator(IDatabase database, params SchemaMigration[] migrations) =>
        new(database, migrations, TimeProvider.System, NullLogger<SchemaMigrator>.Instance);
}
