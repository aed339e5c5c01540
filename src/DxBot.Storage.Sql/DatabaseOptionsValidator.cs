using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace DxBot.Storage.Sql;

/// <summary>Refuses at start a configuration that could only fail at the first request.</summary>
internal sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            failures.Add("Database:Provider must be Sqlite or PostgreSql.");
        }

        if (string.IsNullOrWhiteSpace(options.KeysFolder))
        {
            failures.Add("Database:KeysFolder is required: it holds the key ring for the encrypted columns.");
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add("Database:BusyTimeout must be more than 0 and at most 10 minutes.");
        }

        if (options.Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            failures.Add("Database:ConnectionString is required with Database:Provider PostgreSql.");
        }
        else if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            try
            {
                _ = options.Provider == DatabaseProvider.PostgreSql
                    ? new NpgsqlConnectionStringBuilder(options.ConnectionString).ConnectionString
                    : new SqliteConnectionStringBuilder(options.ConnectionString).ConnectionString;
            }
            catch (ArgumentException)
            {
                // Not the string itself: it may hold a password.
                failures.Add($"Database:ConnectionString is not a valid {options.Provider} connection string.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
