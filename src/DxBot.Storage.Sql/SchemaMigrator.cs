using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace DxBot.Storage.Sql;

/// <summary>
/// Brings the database up to every registered <see cref="SchemaMigration"/>, once per process. All pending steps run
/// in one transaction; on PostgreSQL it first takes a transaction-scoped advisory lock, on SQLite an immediate
/// (write) transaction, so instances starting together apply each step exactly once and the others then see it done.
/// </summary>
public sealed class SchemaMigrator
{
    // Any constant all DxBot instances agree on ("DxBot" in ASCII); the lock ends with the transaction.
    private const long AdvisoryLockKey = 0x4478426F74;

    private readonly IDatabase _database;
    private readonly IReadOnlyList<SchemaMigration> _migrations;
    private readonly TimeProvider _time;
    private readonly ILogger<SchemaMigrator> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _done;

    public SchemaMigrator(IDatabase database, IEnumerable<SchemaMigration> migrations, TimeProvider time, ILogger<SchemaMigrator> logger)
    {
        _database = database;
        _time = time;
        _logger = logger;
        _migrations = Check(migrations);
    }

    /// <summary>The registered steps, by module then version.</summary>
    public IReadOnlyList<SchemaMigration> Migrations => _migrations;

    /// <summary>Applies the pending steps the first time it is called; later calls return at once.</summary>
    public async Task EnsureMigratedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _done))
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_done)
            {
                await MigrateAsync(cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _done, true);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var postgres = _database.Provider == DatabaseProvider.PostgreSql;
        if (postgres)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, postgres
            ? "CREATE TABLE IF NOT EXISTS schema_migrations (module text NOT NULL, version integer NOT NULL, applied_at timestamptz NOT NULL, PRIMARY KEY (module, version))"
            : "CREATE TABLE IF NOT EXISTS schema_migrations (module TEXT NOT NULL, version INTEGER NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (module, version))",
            cancellationToken).ConfigureAwait(false);

        var applied = new HashSet<(string, int)>();
        await using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT module, version FROM schema_migrations";
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                applied.Add((reader.GetString(0), Convert.ToInt32(reader.GetValue(1), System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        var count = 0;
        foreach (var migration in _migrations.Where(m => !applied.Contains((m.Module, m.Version))))
        {
            await ExecuteAsync(connection, transaction, migration.SqlFor(_database.Provider), cancellationToken).ConfigureAwait(false);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (module, version, applied_at) VALUES (@module, @version, @applied_at)";
            record.AddParameter("module", migration.Module);
            record.AddParameter("version", migration.Version);
            record.AddParameter("applied_at", _time.GetUtcNow());
            await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            _logger.LogInformation("Applied schema migration {Module} {Version}.", migration.Module, migration.Version);
            count++;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (count == 0)
        {
            _logger.LogDebug("The database schema is up to date ({Count} migrations).", _migrations.Count);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static List<SchemaMigration> Check(IEnumerable<SchemaMigration> migrations)
    {
        var list = migrations.Distinct().OrderBy(m => m.Module, StringComparer.Ordinal).ThenBy(m => m.Version).ToList();
        foreach (var migration in list)
        {
            if (string.IsNullOrWhiteSpace(migration.Module) || migration.Module != migration.Module.ToLowerInvariant() || migration.Version < 1)
            {
                throw new InvalidOperationException($"Schema migration '{migration.Module}' {migration.Version}: the module must be a lower-case name and the version 1 or more.");
            }
        }

        // The same step registered twice is harmless (Distinct above); two different steps with one number are a bug.
        var clash = list.GroupBy(m => (m.Module, m.Version)).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new InvalidOperationException($"Schema migration '{clash.Key.Module}' {clash.Key.Version} is registered twice with different SQL.");
        }

        return list;
    }
}
