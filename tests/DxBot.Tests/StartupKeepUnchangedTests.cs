using System.Net;
using DxBot.Hosting;
using DxBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DxBot.Tests;

/// <summary>
/// Issue #17, start-up: a restarted host on unchanged knowledge serves the generation on disk and does not build it
/// again; after a knowledge change it builds the next one.
/// </summary>
public sealed class StartupKeepUnchangedTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task A_restart_on_unchanged_knowledge_keeps_the_generation_and_a_changed_file_is_built()
    {
        using var knowledge = new KnowledgeCopy();
        var index = RepositoryPaths.NewTempFolder();
        try
        {
            long first;
            await using (var before = Start(knowledge, index, new ListLoggerProvider()))
            {
                first = await GenerationAfterStartAsync(before);
            }

            var logs = new ListLoggerProvider();
            await using (var restarted = Start(knowledge, index, logs))
            {
                Assert.Equal(first, await GenerationAfterStartAsync(restarted));
                using var client = restarted.CreateClient();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
                Assert.Contains(logs.Lines, l => l.Contains($"Knowledge unchanged since generation {first}", StringComparison.Ordinal));
                Assert.DoesNotContain(logs.Lines, l => l.Contains("Reindex Succeeded", StringComparison.Ordinal));
            }

            await File.AppendAllTextAsync(knowledge.PathOf(Path.Combine("cities", "handa", "organization.md")), "\n## 追加の項目\n半田市の追加の説明です。\n");
            await using (var changed = Start(knowledge, index, new ListLoggerProvider()))
            {
                Assert.True(await GenerationAfterStartAsync(changed) > first);
            }
        }
        finally
        {
            try
            {
                Directory.Delete(index, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }

    private static DxBotFactory Start(KnowledgeCopy knowledge, string index, ListLoggerProvider logs) =>
        new([knowledge.Folder], settings: new Dictionary<string, string> { ["Knowledge:IndexPath"] = index })
        {
            TestServices = s => s.AddSingleton<ILoggerProvider>(logs),
        };

    private static async Task<long> GenerationAfterStartAsync(DxBotFactory factory)
    {
        var runtime = factory.Services.GetRequiredService<KnowledgeRuntime>();
        await runtime.WaitForStartupAsync(CancellationToken.None).WaitAsync(Limit);
        Assert.True(runtime.LastOutcome?.Succeeded, runtime.LastOutcome?.Failure);
        return runtime.Current.Generation;
    }
}
