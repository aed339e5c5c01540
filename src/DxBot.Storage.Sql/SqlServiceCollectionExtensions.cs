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
