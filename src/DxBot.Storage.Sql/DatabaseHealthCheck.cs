using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DxBot.Storage.Sql;

/// <summary>Ready only when the database answers a query.</summary>
internal sealed class DatabaseHealthCheck(IDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"{database.Provider} answered.");
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or TimeoutException)
        {
            // Only the kind of failure: a provider's message may quote the connection string.
            return HealthCheckResult.Unhealthy($"{database.Provider} is not reachable ({e.GetType().Name}).");
        }
    }
}
