using DxBot.Dialogs.Topics.Handoff;
using DxBot.Protocol.Diagnostics;
using DxBot.Storage.Sql;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DxBot.Handoff;

/// <summary>Registers 「職員に聞く」: the LINE→Teams handoff service, its tables, the staff middleware and the maintenance loop.</summary>
public static class HandoffServiceCollectionExtensions
{
    public static IServiceCollection AddDxBotHandoff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HandoffOptions>().Bind(configuration.GetSection(HandoffOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<HandoffOptions>, HandoffOptionsValidator>());
        services.AddSqlStorage(configuration);
        services.AddSchemaMigrations(HandoffMigrations.All);
        services.AddMetrics();
        services.TryAddSingleton<DxBotMetrics>();


        services.TryAddSingleton<HandoffStore>();
        services.TryAddSingleton<HandoffService>();
        services.TryAddSingleton<HandoffKnowledgeWriter>();
        services.Replace(ServiceDescriptor.Singleton<IHandoffService>(provider => provider.GetRequiredService<HandoffService>()));
        services.AddSingleton<Protocol.Builder.IMiddleware, HandoffStaffMiddleware>();
        services.AddSingleton<HandoffMaintenanceService>();
        services.AddHostedService(provider => provider.GetRequiredService<HandoffMaintenanceService>());
        return services;
    }
}
