using DxBot.Dialogs.Topics.SupportSessions.Booking;
using DxBot.Storage.Sql;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace DxBot.Sessions;

/// <summary>Registers published sessions and bookings: the "sessions" schema, the store, Data Protection for user ids, and the reminders.</summary>
public static class SessionsServiceCollectionExtensions
{
    /// <summary>Needs the database (<see cref="SqlServiceCollectionExtensions.AddSqlStorage"/>) and, for reminders, an <see cref="ISessionNotifier"/>.</summary>
    public static IServiceCollection AddDxBotSessions(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SessionsOptions>().Bind(configuration.GetSection(SessionsOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSqlStorage(configuration);
        services.AddSchemaMigrations(SessionMigrations.All);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISessionStore, SqlSessionStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SessionReminderService>(
            provider => provider.GetRequiredService<SessionReminderService>()));
        services.TryAddSingleton<SessionReminderService>();
        return services;
    }
}
