using DxBot.Dialogs.Answers;
using DxBot.Dialogs.State;
using DxBot.Knowledge;
using DxBot.Protocol.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DxBot.Storage.Redis;

/// <summary>Puts state, event deduplication, the LINE event journal, reindex signals and the question log in one Redis server shared by every instance.</summary>
public static class RedisServiceCollectionExtensions
{
    public static IServiceCollection AddRedisStorage(
        this IServiceCollection services, string configuration, RedisStorageOptions options, TimeSpan stateTimeToLive, TimeSpan questionRetention)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        var redisOptions = ConfigurationOptions.Parse(configuration);

        // Start even while Redis is down: /readyz says so and the client reconnects on its own.
        redisOptions.AbortOnConnectFail = false;
        services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redisOptions));
        services.Replace(ServiceDescriptor.Singleton<IStorage>(provider => new RedisStorage(provider.GetRequiredService<IConnectionMultiplexer>(), options, stateTimeToLive)));
        services.Replace(ServiceDescriptor.Singleton<IDeduplicationStore>(provider => new RedisDeduplicationStore(provider.GetRequiredService<IConnectionMultiplexer>(), options)));
        services.Replace(ServiceDescriptor.Singleton<IReindexBus>(provider => new RedisReindexBus(provider.GetRequiredService<IConnectionMultiplexer>(), options)));
        services.Replace(ServiceDescriptor.Singleton<IQuestionLog>(provider => new RedisQuestionLog(
            provider.GetRequiredService<IConnectionMultiplexer>(), options, questionRetention, provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ILogger<RedisQuestionLog>>())));
        // The LINE channel's journal: acknowledged events wait here, not only in one process's memory.
        services.Replace(ServiceDescriptor.Singleton<IEventJournal>(provider => new RedisEventJournal(provider.GetRequiredService<IConnectionMultiplexer>(), options, "line")));
        services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", tags: ["ready"]);
        return services;
    }
}
