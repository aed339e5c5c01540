using DxBot.Protocol.Builder;
using DxBot.TestServers;
using DxBot.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DxBot.Channels.Teams.Tests.Infrastructure;

/// <summary>
/// Starts the real DxBot host (Program.cs) in process. Its top-level Program class is internal to the dxbot assembly,
/// so the factory is closed over it by reflection instead of naming it.
/// </summary>
internal static class DxBotHost
{
    public static IBotHost Start(IDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null, bool useKestrel = false)
    {
        var program = typeof(DxBot.Cli.DxBotCommandLine).Assembly.GetType("Program", throwOnError: true)!;
        var factoryType = typeof(BotHostFactory<>).MakeGenericType(program);
        Action<IWebHostBuilder> configure = builder =>
        {
            // On a loaded machine the first index takes longer than the default wait: a test's turn must meet the
            // knowledge, not the 準備中 reply (the other test hosts wait the same).
            builder.UseSetting("Knowledge:StartupAnswerWait", "00:01:00");
            foreach (var (key, value) in ScratchDatabase.Settings(Path.Combine(Path.GetTempPath(), "dxbot-teams-data-" + Guid.NewGuid().ToString("N"))))
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureAppConfiguration((_, configuration) => configuration.AddInMemoryCollection(settings));
            builder.ConfigureTestServices(services =>
            {
                TestHttpClients.TrustTestCertificate(services);
                configureServices?.Invoke(services);
            });
        };
        var host = (IBotHost)Activator.CreateInstance(factoryType, configure, useKestrel)!;
        return host;
    }

    /// <summary>Replaces the host's bot with the recording test bot.</summary>
    public static void UseRecordingBot(IServiceCollection services, TurnLog log)
    {
        services.RemoveAll<IBot>();
        services.AddSingleton(log);
        services.AddScoped<IBot, RecordingBot>();
    }
}
