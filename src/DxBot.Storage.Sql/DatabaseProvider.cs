namespace DxBot.Storage.Sql;

/// <summary>The database engine behind <see cref="IDatabase"/>.</summary>
public enum DatabaseProvider
{
    /// <summary>One file next to the bot: enough for one instance, nothing to install.</summary>
    Sqlite,

    /// <summary>A server shared by several instances.</summary>
    PostgreSql,
}
