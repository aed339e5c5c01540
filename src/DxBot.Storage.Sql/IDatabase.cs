using System.Data.Common;

namespace DxBot.Storage.Sql;

/// <summary>
/// Opens connections to the configured database. Feature modules write plain SQL with <c>@name</c> parameters,
/// which both providers accept; where the dialects differ, they branch on <see cref="Provider"/>.
/// </summary>
public interface IDatabase
{
    DatabaseProvider Provider { get; }

    /// <summary>An open connection the caller disposes; SQLite connections come with WAL and a busy timeout set.</summary>
    Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);
}
