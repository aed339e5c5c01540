using DxBot.Dialogs.Answers;
using DxBot.Hosting;

namespace DxBot.Cli;

/// <summary>Builds the same services the web host uses, for the commands that run in the terminal.</summary>
public static class CliServices
{
    /// <param name="start">False leaves the knowledge unbuilt, for a command that reindexes itself.</param>
    public static async Task<ServiceProvider> BuildAsync(IReadOnlyList<string>? knowledgeFolders, string? indexPath, CancellationToken cancellationToken, bool start = true)
    {
        var overrides = new Dictionary<string, string?>();
        for (var i = 0; i < (knowledgeFolders?.Count ?? 0); i++)
        {
            overrides[$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.Folders)}:{i}"] = Path.GetFullPath(knowledgeFolders![i]);
        }

        if (indexPath is not null)
        {
            overrides[$"{KnowledgeOptions.SectionName}:{nameof(KnowledgeOptions.IndexPath)}"] = Path.GetFullPath(indexPath);
        }

        var configuration = BuildConfiguration(overrides);

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // Replies go to stdout; logs to stderr so piping the answers stays clean.
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        services.AddDxBotStorage(configuration);
        services.AddDxBotKnowledge(configuration);
        services.AddDxBotDialogs(configuration);
        // Questions typed at the terminal (ask, chat, eval) are staff trying the bot, not residents: kept out of the
        // question log that `dxbot report` reads.
        services.AddSingleton<IQuestionLog>(_ => new InMemoryQuestionLog());

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        if (start)
        {
            // A command answers from the freshly built knowledge, not from the generation restored while it builds.
            var runtime = provider.GetRequiredService<KnowledgeRuntime>();
            await runtime.StartAsync(cancellationToken).ConfigureAwait(false);
            await runtime.WaitForStartupAsync(cancellationToken).ConfigureAwait(false);
        }

        return provider;
    }

    /// <summary>The settings the web host reads (appsettings.json, environment), with the command line's on top.</summary>
    public static IConfiguration BuildConfiguration(IReadOnlyDictionary<string, string?> overrides) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
}
