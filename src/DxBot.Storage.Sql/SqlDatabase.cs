using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace DxBot.Storage.Sql;

/// <summary>The <see cref="IDatabase"/> of <see cref="DatabaseOptions"/>: a SQLite file or a PostgreSQL data source.</summary>
public sealed class SqlDatabase : IDatabase, IAsyncDisposable
{
    private readonly string _sqliteConnectionString = "";
    private readonly int _busyTimeoutMilliseconds;
    private readonly NpgsqlDataSource? _postgres;

    public SqlDatabase(DatabaseOptions options, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(options);
        Provider = options.Provider;
        _busyTimeoutMilliseconds = (int)options.BusyTimeout.TotalMilliseconds;
        if (Provider == DatabaseProvider.PostgreSql)
        {
            _postgres = NpgsqlDataSource.Create(options.ConnectionString!);
            return;
        }

        var builder = new SqliteConnectionStringBuilder(options.ConnectionString ?? "");
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            builder.DataSource = DatabaseOptions.DefaultSqliteFile;
        }

        if (builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        builder.DefaultTimeout = Math.Max(1, (int)options.BusyTimeout.TotalSeconds);
        _sqliteConnectionString = builder.ConnectionString;
        SqliteFile = builder.DataSource;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The full path of the SQLite file (null with PostgreSQL): for diagnostics and tests.</summary>
    public string? SqliteFile { get; }

    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        if (_postgres is not null)
        {
            return await _postgres.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = new SqliteConnection(_sqliteConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();

            // WAL lets readers go on while one writer writes; the busy timeout makes a writer wait for another
            // process's write (two bots on one file, the CLI beside the server) instead of failing at once.
            pragma.CommandText = string.Create(CultureInfo.InvariantCulture,
                $"PRAGMA journal_mode = WAL; PRAGMA busy_timeout = {_busyTimeoutMilliseconds}; PRAGMA foreign_keys = ON;");
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_postgres is not null)
        {
            await _postgres.DisposeAsync().ConfigureAwait(false);
        }
    }
}
