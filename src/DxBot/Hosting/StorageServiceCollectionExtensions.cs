using DxBot.Dialogs.State;
using DxBot.Knowledge;
using DxBot.Storage.Redis;
using DxBot.Storage.Sql;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// Registers where state lives: in-process (memory, or files with `State:Folder`) for one instance, or Redis
/// (`Storage:Redis`) shared by several, which also carries LINE event deduplication, reindex signals and the
/// question log. Records that must outlive a conversation (handoff requests, bookings) live in the `Database`.
/// </summary>
public static class StorageServiceCollectionExtensions
{
    public static IServiceCollection AddDxBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StateOptions>().Bind(configuration.GetSection(StateOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton<IStorage>(provider =>
        {
            var state = provider.GetRequiredService<IOptions<StateOptions>>().Value;
            var time = provider.GetRequiredService<TimeProvider>();
            return state.Folder is { Length: > 0 } folder
                ? new FileStorage(folder, state.TimeToLive, time, provider.GetService<ILogger<FileStorage>>())
                : new MemoryStorage(timeToLive: state.TimeToLive, timeProvider: time);
        });
        services.TryAddSingleton<IReindexBus>(NullReindexBus.Instance);
        services.AddHealthChecks().AddCheck<KnowledgeHealthCheck>("knowledge", tags: ["ready"]);

        // The database of records (handoff requests, bookings): SQLite by default, PostgreSQL for several instances.
        services.AddSqlStorage(configuration);

        // Registration needs the connection string now; the options above still validate it at start.
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (!string.IsNullOrWhiteSpace(storage.Redis))
        {
            var stateTimeToLive = configuration.GetSection(StateOptions.SectionName).Get<StateOptions>()?.TimeToLive ?? new StateOptions().TimeToLive;
            var retentionDays = configuration.GetSection(QuestionsOptions.SectionName).Get<QuestionsOptions>()?.RetentionDays ?? new QuestionsOptions().RetentionDays;
            services.AddRedisStorage(storage.Redis, new RedisStorageOptions { KeyPrefix = storage.RedisKeyPrefix }, stateTimeToLive, TimeSpan.FromDays(retentionDays));
        }

        return services;
    }
}
