using DxBot.Protocol.Authentication;
using DxBot.Protocol.Connector;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Teams;

/// <summary>Says at start how the Bot Framework endpoint is secured, above all when it is not (emulator mode).</summary>
internal sealed class TeamsChannelStartupLog(
    IOptions<BotFrameworkOptions> botOptions,
    IOptions<TeamsOptions> teamsOptions,
    ILogger<TeamsChannelStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var bot = botOptions.Value;
        if (bot.IsEmulatorMode && !bot.AllowUnauthenticatedLoopback)
        {
            logger.LogWarning(
                "Bot:MicrosoftAppId is not set: /api/messages refuses every request (401). Set Bot:MicrosoftAppId, " +
                "Bot:MicrosoftAppPassword and Bot:MicrosoftAppTenantId for Teams, or Bot:AllowUnauthenticatedLoopback=true " +
                "for the Bot Framework Emulator on this machine.");
        }
        else if (bot.IsEmulatorMode)
        {
            logger.LogWarning(
                "Bot:AllowUnauthenticatedLoopback is set: /api/messages runs in Bot Framework Emulator mode and accepts " +
                "unauthenticated requests from a loopback socket only (forwarded headers are not trusted), replies only to " +
                "loopback service URLs, and runs no administrator commands. Set Bot:MicrosoftAppId, " +
                "Bot:MicrosoftAppPassword and Bot:MicrosoftAppTenantId before exposing it to Teams.");
        }
        else
        {
            logger.LogInformation(
                "Bot Framework channel for app {AppId} (tenant {TenantId}); replies allowed to {Patterns}; {TenantCount} tenant(s) mapped to cities.",
                bot.MicrosoftAppId,
                string.IsNullOrWhiteSpace(bot.MicrosoftAppTenantId) ? "multi-tenant" : bot.MicrosoftAppTenantId,
                string.Join(", ", ServiceUrlPolicy.FromOptions(bot).Patterns),
                teamsOptions.Value.Tenants.Count);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
