using DxBot.Dialogs.Topics.SupportSessions.Booking;
using DxBot.Sessions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DxBot.Hosting;

/// <summary>Published sessions in the web host: the store and reminders (DxBot.Sessions) with notices pushed through LINE.</summary>
public static class SessionsHostingExtensions
{
    public static IServiceCollection AddDxBotSessionsHosting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDxBotSessions(configuration);
        services.TryAddSingleton<ISessionNotifier, LineSessionNotifier>();
        return services;
    }
}
