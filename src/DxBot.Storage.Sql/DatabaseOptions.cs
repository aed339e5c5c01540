namespace DxBot.Storage.Sql;

/// <summary>Which database DxBot keeps its records in (handoff requests, bookings), bound from the `Database` section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>The default SQLite file, relative to the content root.</summary>
    public static readonly string DefaultSqliteFile = Path.Combine("data", "dxbot.db");

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The provider's connection string. Empty with SQLite means <see cref="DefaultSqliteFile"/>; a relative SQLite
    /// <c>Data Source</c> starts at the content root. Required with PostgreSQL.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a command waits for a lock held by another connection or instance before it fails.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The Data Protection key ring that encrypts what the database keeps of residents (LINE user ids of hand-offs and
    /// bookings), relative to the content root. One ring for every feature and every instance: without it those
    /// columns cannot be read, so it is backed up with the database and kept as secret.
    /// </summary>
    public string KeysFolder { get; set; } = Path.Combine("data", "keys");
}
