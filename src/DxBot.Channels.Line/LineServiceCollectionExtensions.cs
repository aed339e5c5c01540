using System.Runtime.CompilerServices;
using DxBot.Protocol.Connector;
using DxBot.Protocol.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>Registers the LINE channel: options (validated at start), the API client, the adapter, the journal, the queue and its worker.</summary>
public static class LineServiceCollectionExtensions
{
    private static readonly ConditionalWeakTable<LineOptions, Uri> ApiBases = new();

    public static IServiceCollection AddLineChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LineOptions>()
            .Bind(configuration.GetSection(LineOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LineOptions>, LineOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<LineOptions>, LineJournalOptionsValidator>());

        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LineMetrics>();
        // A shared store registered before this (e.g. Redis) wins; alone, one instance remembers in memory.
        services.TryAddSingleton<IDeduplicationStore>(provider => new MemoryDeduplicationStore(
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<IOptions<LineOptions>>().Value.DeduplicationCapacity));
        // A shared journal registered before this (Redis) wins; alone, acknowledged events wait in local files.
        services.TryAddSingleton<IEventJournal>(provider => new FileEventJournal(provider.GetRequiredService<IOptions<LineOptions>>().Value.Journal.Folder));
        services.TryAddSingleton<LineEventDeduplicator>();
        services.TryAddSingleton<LineConversationLease>();
        services.TryAddSingleton<LineRetryPipelines>();
        services.TryAddSingleton<LineTurnQueue>();
        services.TryAddSingleton<LineAdapter>();
        services.TryAddSingleton<LineWebhookHandler>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LineWebhookWorker>());

        services.AddHttpClient<LineMessagingClient>((provider, http) =>
        {
            var options = provider.GetRequiredService<IOptions<LineOptions>>().Value;
            // One instance per options, made once: a client is made per event, and LineMessagingClient finds its call
            // addresses made for this instance (a URI parsed per client and combined per call were 1 % of a message's CPU).
            http.BaseAddress = ApiBases.GetValue(options, static o =>
            {
                // A trailing slash keeps the relative API paths under any path the base URL has.
                var baseUrl = o.ApiBaseUrl.AbsoluteUri;
                return new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
            });
            http.Timeout = options.RequestTimeout;
        })
            // A redirect would re-post the reply, its replyToken and the access token to a host nobody checked;
            // a 3xx is a refused call instead (logged by the client).
            .ConfigurePrimaryHttpMessageHandler(NoRedirects.Apply)
            // LineLog says what matters (refusals, retries, undelivered answers); the factory's own request logging
            // opened a scope and two log events for every call, a few per cent of a message's CPU under load.
            .RemoveAllLoggers();
        return services;
    }
}
