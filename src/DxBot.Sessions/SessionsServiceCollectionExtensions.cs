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
        var protection = services.AddDataProtection().SetApplicationName("DxBot");
        if (configuration.GetSection(SessionsOptions.SectionName).Get<SessionsOptions>()?.KeysFolder is { Length: > 0 } keys)
        {
            // Several instances decrypt each other's bookings only with one key ring.
            protection.PersistKeysToFileSystem(new DirectoryInfo(keys));
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISessionStore, SqlSessionStore>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SessionReminderService>(
            provider => provider.GetRequiredService<SessionReminderService>()));
        services.TryAddSingleton<SessionReminderService>();
        return services;
    }
}
