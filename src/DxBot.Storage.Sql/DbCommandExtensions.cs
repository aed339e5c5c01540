using System.Data.Common;

namespace DxBot.Storage.Sql;

/// <summary>Parameters written the same way for both providers.</summary>
public static class DbCommandExtensions
{
    /// <summary>
    /// Adds <c>@name</c>. Null becomes SQL NULL; a <see cref="DateTimeOffset"/> becomes a UTC <see cref="DateTime"/>
    /// (PostgreSQL <c>timestamptz</c>, SQLite ISO text that sorts as time does).
    /// </summary>
    public static DbCommand AddParameter(this DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            DateTimeOffset time => time.UtcDateTime,
            DateTime { Kind: DateTimeKind.Local } time => time.ToUniversalTime(),
            _ => value,
        };
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>A timestamp written by <see cref="AddParameter"/>, read back as UTC from either provider.</summary>
    public static DateTimeOffset GetUtc(this DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var value = reader.GetDateTime(ordinal);
        return new DateTimeOffset(DateTime.SpecifyKind(value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value, DateTimeKind.Utc));
    }

    /// <summary>Like <see cref="GetUtc"/>, or null for SQL NULL.</summary>
    public static DateTimeOffset? GetUtcOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetUtc(ordinal);

    /// <summary>A text column, or null for SQL NULL.</summary>
    public static string? GetStringOrNull(this DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    /// <summary>An integer column as long whatever width the provider reports (SQLite: long; PostgreSQL: int or bigint).</summary>
    public static long GetInt64Any(this DbDataReader reader, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Convert.ToInt64(reader.GetValue(ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }
}
