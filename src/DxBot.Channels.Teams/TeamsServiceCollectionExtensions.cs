using DxBot.Protocol.Authentication;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Connector;
using DxBot.Protocol.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Teams;

/// <summary>Registers the Bot Framework (Teams) channel.</summary>
public static class TeamsServiceCollectionExtensions
{
    private static readonly TimeSpan ConnectorTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan IdentityTimeout = TimeSpan.FromSeconds(15);

    public static IServiceCollection AddTeamsChannel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotFrameworkOptions>().Bind(configuration.GetSection(BotFrameworkOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotFrameworkOptions>, BotFrameworkOptionsValidator>());
        services.AddOptions<TeamsOptions>().Bind(configuration.GetSection(TeamsOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>());
        services.AddOptions<TeamsAdminOptions>().Bind(configuration.GetSection(TeamsAdminOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsAdminOptions>, TeamsAdminOptionsValidator>());

        // ConnectorClient logs refusals and retries itself; the factory's per-request logging only cost CPU.
        // No client follows redirects: the allow-list (and the https rule) is checked on the URL we call, and a
        // redirect would carry the bot's token and the user's reply to a host nobody checked.
        services.AddHttpClient(BotFrameworkHttpClients.Connector, c => c.Timeout = ConnectorTimeout)
            .ConfigurePrimaryHttpMessageHandler(NoRedirects.Apply)
            .RemoveAllLoggers();
        services.AddHttpClient(BotFrameworkHttpClients.Token, c => c.Timeout = IdentityTimeout)
            .ConfigurePrimaryHttpMessageHandler(NoRedirects.Apply);
        services.AddHttpClient(BotFrameworkHttpClients.OpenIdMetadata, c => c.Timeout = IdentityTimeout)
            .ConfigurePrimaryHttpMessageHandler(NoRedirects.Apply);

        // Emulator mode trusts the socket's address, which must be read before forwarded headers rewrite it.
        ConnectionPeerStartupFilter.AddTo(services);

        services.AddMetrics();
        services.TryAddSingleton<DxBotMetrics>();
        services.TryAddSingleton<BotFrameworkAuthenticator>();
        // Only resolved when credentials are configured; emulator mode sends without a token.
        services.TryAddSingleton<IBotTokenProvider, MsalBotTokenProvider>();
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
            return new ConnectorClient(
                sp.GetRequiredService<IHttpClientFactory>(),
                ServiceUrlPolicy.FromOptions(options),
                options.IsEmulatorMode ? null : sp.GetRequiredService<IBotTokenProvider>(),
                sp.GetRequiredService<ILogger<ConnectorClient>>(),
                sp.GetRequiredService<DxBotMetrics>());
        });
        services.TryAddSingleton<TeamsActivityMiddleware>();
        services.TryAddSingleton(sp => new TeamsBotAdapter(
            sp.GetRequiredService<BotFrameworkAuthenticator>(),
            sp.GetRequiredService<ConnectorClient>(),
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>(),
            sp.GetRequiredService<IOptionsMonitor<TeamsOptions>>(),
            sp.GetRequiredService<TeamsActivityMiddleware>(),
            sp.GetServices<IMiddleware>(),
            sp.GetService<ITurnErrorHandler>(),
            sp.GetRequiredService<ILogger<TeamsBotAdapter>>()));
        services.AddHostedService<TeamsChannelStartupLog>();
        return services;
    }
}
