using System.Net;
using DxBot.Hosting;
using DxBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DxBot.Tests;

/// <summary>
/// Issue #17, cold start: a published build carries the index of the bundled knowledge built at publish time
/// (Knowledge:SeedIndexPath); a first start on the bundled knowledge takes it over and checks it instead of building,
/// and one on a city's own folders never serves it.
/// </summary>
public sealed class StartupSeedTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_first_start_on_the_bundled_knowledge_takes_the_published_index_over_without_a_build()
    {
        var seed = RepositoryPaths.NewTempFolder();
        var index = RepositoryPaths.NewTempFolder();
        try
        {
            // What publishing does: the bundled knowledge indexed into a folder of its own.
            int entries;
            await using (var publishing = Start(index: seed, seed: "", new ListLoggerProvider()))
            {
                entries = (await RuntimeAfterStartAsync(publishing)).Current.Base.Entries.Count;
            }

            var logs = new ListLoggerProvider();
            await using var first = Start(index, seed, logs);
            var runtime = await RuntimeAfterStartAsync(first);
            using var client = first.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
            Assert.Equal(entries, runtime.Current.Base.Entries.Count);
            Assert.Contains(logs.Lines, l => l.Contains("First start: the index built from the bundled knowledge at publish time", StringComparison.Ordinal));
            Assert.Contains(logs.Lines, l => l.Contains($"Knowledge unchanged since generation {runtime.Current.Generation}", StringComparison.Ordinal));
            Assert.DoesNotContain(logs.Lines, l => l.Contains("Reindex Succeeded", StringComparison.Ordinal));

            // The seed is copied, not moved: the next first start (another data folder) finds it whole.
            Assert.True(File.Exists(Path.Combine(seed, "current")));
        }
        finally
        {
            DeleteQuietly(seed);
            DeleteQuietly(index);
        }
    }

    [Fact]
    public async Task A_first_start_on_a_citys_own_folders_builds_them_and_never_serves_the_published_index()
    {
        using var knowledge = new KnowledgeCopy();
        var seed = RepositoryPaths.NewTempFolder();
        var index = RepositoryPaths.NewTempFolder();
        try
        {
            await using (var publishing = Start(index: seed, seed: "", new ListLoggerProvider()))
            {
                await RuntimeAfterStartAsync(publishing);
            }

            var logs = new ListLoggerProvider();
            await using var own = new DxBotFactory([knowledge.Folder], settings: new Dictionary<string, string>
            {
                ["Knowledge:IndexPath"] = index,
                ["Knowledge:SeedIndexPath"] = seed,
            })
            {
                TestServices = s => s.AddSingleton<ILoggerProvider>(logs),
            };
            await RuntimeAfterStartAsync(own);
            Assert.DoesNotContain(logs.Lines, l => l.Contains("First start", StringComparison.Ordinal));
            Assert.DoesNotContain(logs.Lines, l => l.Contains("Serving generation", StringComparison.Ordinal));
            Assert.Contains(logs.Lines, l => l.Contains("Reindex Succeeded", StringComparison.Ordinal));
        }
        finally
        {
            DeleteQuietly(seed);
            DeleteQuietly(index);
        }
    }

    // No knowledge folders: the bundled knowledge, as a published build serves it.
    private static DxBotFactory Start(string index, string seed, ListLoggerProvider logs) =>
        new(knowledgeFolders: null, settings: new Dictionary<string, string>
        {
            ["Knowledge:IndexPath"] = index,
            ["Knowledge:SeedIndexPath"] = seed,
        })
        {
            TestServices = s => s.AddSingleton<ILoggerProvider>(logs),
        };

    private static async Task<KnowledgeRuntime> RuntimeAfterStartAsync(DxBotFactory factory)
    {
        var runtime = factory.Services.GetRequiredService<KnowledgeRuntime>();
        await runtime.WaitForStartupAsync(CancellationToken.None).WaitAsync(Limit);
        Assert.True(runtime.LastOutcome?.Succeeded, runtime.LastOutcome?.Failure);
        return runtime;
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
