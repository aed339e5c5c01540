using Microsoft.Extensions.Hosting;

namespace DxBot.Storage.Sql;

/// <summary>Migrates the schema when the host starts, before it serves: a schema that cannot be migrated stops the start.</summary>
internal sealed class SchemaMigrationService(SchemaMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.EnsureMigratedAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
