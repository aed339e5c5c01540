using DxBot.Hosting;
using DxBot.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DxBot.Tests.Support;

/// <summary>The real host with its own index folder and, optionally, its own knowledge folders, admin key and settings.</summary>
/// <param name="waitForKnowledge">
/// Whether creating the host waits for the start-up build, which runs in the background once the host listens: the
/// tests that are not about start-up then begin with the knowledge in service, as before.
/// </param>
internal sealed class DxBotFactory(
    IReadOnlyList<string>? knowledgeFolders = null,
    string? adminKey = null,
    IReadOnlyDictionary<string, string>? settings = null,
    bool waitForKnowledge = true)
    : WebApplicationFactory<Program>
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromMinutes(2);

    public string IndexFolder { get; } = RepositoryPaths.NewTempFolder();

    public string QuestionsFolder { get; } = RepositoryPaths.NewTempFolder();

    /// <summary>The host's database and key ring (<see cref="ScratchDatabase"/>).</summary>
    public string DataFolder { get; } = RepositoryPaths.NewTempFolder();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Knowledge:IndexPath", IndexFolder);
        builder.UseSetting("Questions:Folder", QuestionsFolder);
        foreach (var (key, value) in ScratchDatabase.Settings(DataFolder))
        {
            builder.UseSetting(key, value);
        }
        // A first message waits up to a minute, the option's bound, for the first index on a busy machine (StartupTests sets a short wait to see 「準備中」).
        builder.UseSetting("Knowledge:StartupAnswerWait", "00:01:00");
        for (var i = 0; i < (knowledgeFolders?.Count ?? 0); i++)
        {
            builder.UseSetting($"Knowledge:Folders:{i}", knowledgeFolders![i]);
        }

        if (adminKey is not null)
        {
            builder.UseSetting("Admin:ApiKey", adminKey);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        if (TestServices is { } configure)
        {
            builder.ConfigureTestServices(configure);
        }
    }

    /// <summary>Services the test replaces (a knowledge source it controls), on top of the host's own.</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (waitForKnowledge)
        {
            host.Services.GetRequiredService<KnowledgeRuntime>().WaitForStartupAsync(CancellationToken.None).WaitAsync(StartupLimit).GetAwaiter().GetResult();
        }

        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try
        {
            Directory.Delete(QuestionsFolder, recursive: true);
            Directory.Delete(IndexFolder, recursive: true);
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A retiring generation may still be closing; the temp folder is cleaned by the OS eventually.
        }
    }
}
