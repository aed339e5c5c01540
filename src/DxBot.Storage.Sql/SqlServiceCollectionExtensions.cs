using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Storage.Sql;

/// <summary>Registers the database of the `Database` section and the schema migrations feature modules add.</summary>
public static class SqlServiceCollectionExtensions
{
    // Registered by AddDataProtection (an internal type, so named): it only warms the key ring up at start.
    private const string DataProtectionWarmUp = "Microsoft.AspNetCore.DataProtection.Internal.DataProtectionHostedService";

    /// <summary>
    /// <see cref="IDatabase"/>, options validated at start, a migration of every registered
    /// <see cref="SchemaMigration"/> at start, a "database" readiness check and the Data Protection key ring in
    /// <see cref="DatabaseOptions.KeysFolder"/>. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddSqlStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(SqlDatabase)))
        {
            return services;
        }

        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new SqlDatabase(
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value,
            provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory()));
        services.AddSingleton<IDatabase>(provider => provider.GetRequiredService<SqlDatabase>());
        services.AddSingleton<SchemaMigrator>();
        services.AddHostedService<SchemaMigrationService>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        // One key ring for every feature that encrypts residents' ids in the database (see DatabaseOptions.KeysFolder).
        services.AddDataProtection().SetApplicationName("DxBot");

        // Data Protection's hosted service reads (on a first start, creates) the key ring at start, which loads the XML
        // stack for it: System.Private.Xml, Xml.Linq and their types, some 5 MiB of the process's resident memory
        // (issue #17's RSS goal, docs/benchmarks.md). Only a handoff or a session booking protects anything, rarely and
        // long after the start; the key ring is read then, the first time a user id is protected or read.
        if (services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.FullName == DataProtectionWarmUp) is { } warmUp)
        {
            services.Remove(warmUp);
        }

        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(key =>
        {
            var root = provider.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            var folder = Directory.CreateDirectory(Path.GetFullPath(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.KeysFolder, root));
            key.XmlRepository = new FileSystemXmlRepository(folder, provider.GetRequiredService<ILoggerFactory>());
        }));
        return services;
    }

    /// <summary>Adds a feature module's schema steps; the module calls this from its own registration.</summary>
    public static IServiceCollection AddSchemaMigrations(this IServiceCollection services, params SchemaMigration[] migrations)
    {
        ArgumentNullException.ThrowIfNull(migrations);
        foreach (var migration in migrations)
        {
            services.AddSingleton(migration);
        }

        return services;
    }
}
