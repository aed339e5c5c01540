using DxBot.Knowledge;
using DxBot.Protocol.Diagnostics;
using DxBot.Search;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DxBot.Hosting;

/// <summary>Registers the knowledge folder, the index and its reindexing.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddDxBotKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeOptions>()
            .Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => o.Limits is not null && o.Limits.Validate().Count == 0, "Knowledge:Limits: every limit must be more than 0 (YamlMaxAliases 0 or more) and MaxTotalBytes at least MaxFileBytes.")
            .ValidateOnStart();
        services.AddOptions<MorphologyOptions>()
            .Bind(configuration.GetSection(MorphologyOptions.SectionName))
            .Validate(o => o.Validate().Count == 0, "Search:Morphology: LibraryPath must name the MeCab library when Enabled, and DictionaryPath, if set, must not be blank.")
            .ValidateOnStart();
        services.AddSingleton<MorphologyRuntime>();
        services.TryAddSingleton<IKnowledgeSource, FolderKnowledgeSource>();
        services.AddMetrics();
        services.TryAddSingleton<DxBotMetrics>();
        services.AddSingleton<KnowledgeRuntime>();
        services.AddSingleton<IKnowledgeProvider>(sp => sp.GetRequiredService<KnowledgeRuntime>());
        services.AddSingleton<IKnowledgeReindexer>(sp => sp.GetRequiredService<KnowledgeRuntime>());
        services.TryAddSingleton<IEnglishSearcher, LuceneEnglishSearcher>();
        services.AddHostedService(sp => sp.GetRequiredService<KnowledgeRuntime>());
        return services;
    }
}
