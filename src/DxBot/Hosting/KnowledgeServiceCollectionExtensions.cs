using DxBot.Knowledge;
using DxBot.Protocol.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DxBot.Hosting;

/// <summary>Registers the knowledge folder, the index and its reindexing.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddDxBotKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<DxBotMetrics>();
        services.AddSingleton<KnowledgeRuntime>();
        services.AddSingleton<IKnowledgeProvider>(sp => sp.GetRequiredService<KnowledgeRuntime>());
        services.AddSingleton<IKnowledgeReindexer>(sp => sp.GetRequiredService<KnowledgeRuntime>());
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeRuntime>());
        return services;
    }
}
