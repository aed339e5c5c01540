using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxBot.Cli;
using DxBot.Hosting;
using DxBot.Knowledge.Loading;
using DxBot.Knowledge.Model;
using DxBot.Protocol.Schema;
using DxBot.Search;
using DxBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DxBot.Tests;

/// <summary>
/// Issue #16 finding 12: the host listens while the first index is built, is ready once a generation is in service,
/// and a start without knowledge (or with a broken `current` pointer) serves the last good generation on disk.
/// </summary>
public sealed class StartupTests
{
    // Generous: each wait ends on an event; only a hang comes near it, and then the test fails instead of hanging.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_host_answers_health_while_the_first_build_is_slow_and_is_ready_after_it()
    {
        var source = new GatedKnowledgeSource();
        await using var factory = new DxBotFactory(
            settings: new Dictionary<string, string> { ["Knowledge:StartupAnswerWait"] = "00:00:00.050" },
            waitForKnowledge: false)
        {
            TestServices = services => services.AddSingleton<IKnowledgeSource>(source),
        };

        // Created on another thread: a host that built before listening would never get here while the build is held.
        using var client = await Task.Run(factory.CreateClient).WaitAsync(Limit);
        await source.Entered.Task.WaitAsync(Limit);

        var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(0, (await health.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("knowledge").GetProperty("generation").GetInt64());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/readyz")).StatusCode);
        var conversation = new LocalConversation(factory.Services, "line", "handa");
        Assert.Equal([StartupTexts.Preparing], await TextsAsync(conversation, "マイナンバーカードの申請方法を教えてください"));

        source.Release();
        await factory.Services.GetRequiredService<KnowledgeRuntime>().WaitForStartupAsync(CancellationToken.None).WaitAsync(Limit);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var answer = await TextsAsync(conversation, "マイナンバーカードの申請方法を教えてください");
        Assert.NotEmpty(answer);
        Assert.DoesNotContain(StartupTexts.Preparing, answer);
    }

    [Fact]
    public async Task The_knowledge_starts_loading_before_the_services_registered_ahead_of_it_start()
    {
        // The schema migrations are such a service: the first start's build used to wait for them.
        var source = new GatedKnowledgeSource();
        var ahead = new ServiceAheadOfTheKnowledge(source.Entered.Task);
        await using var factory = new DxBotFactory(waitForKnowledge: false)
        {
            TestServices = services =>
            {
                services.AddSingleton<IKnowledgeSource>(source);
                services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(ahead));
            },
        };

        using var client = await Task.Run(factory.CreateClient).WaitAsync(Limit);

        Assert.True(ahead.SawTheBuildBegun);
        source.Release();
        await factory.Services.GetRequiredService<KnowledgeRuntime>().WaitForStartupAsync(CancellationToken.None).WaitAsync(Limit);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        // Started once: the host's StartAsync after StartingAsync does not build a second generation.
        Assert.Equal(1, (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("knowledge").GetProperty("generation").GetInt64());
    }

    [Fact]
    public async Task A_start_without_the_knowledge_folder_serves_the_previous_generation_and_keeps_it_on_disk()
    {
        using var knowledge = new KnowledgeCopy();
        var index = RepositoryPaths.NewTempFolder();
        var entries = await BuildOnceAsync(knowledge.Folder, index);
        Directory.Delete(knowledge.Folder, recursive: true);

        await using var factory = new DxBotFactory([knowledge.Folder], settings: new Dictionary<string, string> { ["Knowledge:IndexPath"] = index });
        using var client = factory.CreateClient();

        var health = (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("knowledge");
        Assert.Equal(1, health.GetProperty("generation").GetInt64());
        Assert.Equal(entries, health.GetProperty("entries").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(Knowledge.ReindexStatus.Refused, factory.Services.GetRequiredService<KnowledgeRuntime>().LastOutcome?.Status);
        Assert.Equal(["gen-000001"], Directory.GetDirectories(index).Select(Path.GetFileName));
        Assert.Equal(1, new IndexGenerationStore(index).ReadCurrent());
        var answer = await TextsAsync(new LocalConversation(factory.Services, "line", "handa"), "マイナンバーカードの申請方法を教えてください");
        Assert.DoesNotContain(StartupTexts.Preparing, answer);
    }

    [Fact]
    public async Task A_current_pointer_that_is_a_directory_falls_back_to_the_good_generation_on_disk()
    {
        using var knowledge = new KnowledgeCopy();
        var index = RepositoryPaths.NewTempFolder();
        var entries = await BuildOnceAsync(knowledge.Folder, index);
        var pointer = Path.Combine(index, IndexGenerationStore.CurrentFileName);
        File.Delete(pointer);
        Directory.CreateDirectory(pointer);

        // No knowledge folder this time, so what is in service can only have come from the disk.
        await using var factory = new DxBotFactory([Path.Combine(knowledge.Folder, "missing")], settings: new Dictionary<string, string> { ["Knowledge:IndexPath"] = index });
        using var client = factory.CreateClient();

        var health = (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("knowledge");
        Assert.Equal(1, health.GetProperty("generation").GetInt64());
        Assert.Equal(entries, health.GetProperty("entries").GetInt32());
        Assert.True(File.Exists(pointer));
        Assert.Equal(1, new IndexGenerationStore(index).ReadCurrent());
    }

    [Fact]
    public async Task Knowledge_limits_are_bound_from_configuration_and_validated_at_start()
    {
        await using (var factory = new DxBotFactory(settings: new Dictionary<string, string> { ["Knowledge:Limits:MaxLineLength"] = "1234", ["Knowledge:Limits:YamlMaxAliases"] = "0" }))
        {
            var limits = factory.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Limits;
            Assert.Equal(1234, limits.MaxLineLength);
            Assert.Equal(0, limits.YamlMaxAliases);
            Assert.Equal(20_000, KnowledgeLimits.Default.MaxLineLength);
        }

        var error = Assert.IsType<OptionsValidationException>(await HostStart.FailureAsync(new Dictionary<string, string> { ["Knowledge:Limits:MaxFileBytes"] = "0" }));
        Assert.Contains("Knowledge:Limits", error.Message, StringComparison.Ordinal);
    }

    private static async Task<int> BuildOnceAsync(string knowledge, string index)
    {
        await using var factory = new DxBotFactory([knowledge], settings: new Dictionary<string, string> { ["Knowledge:IndexPath"] = index });
        using var client = factory.CreateClient();
        var health = (await client.GetFromJsonAsync<JsonElement>("/healthz")).GetProperty("knowledge");
        Assert.Equal(1, health.GetProperty("generation").GetInt64());
        return health.GetProperty("entries").GetInt32();
    }

    private static async Task<List<string>> TextsAsync(LocalConversation conversation, string text) =>
        [.. (await conversation.SendAsync(text, CancellationToken.None)).Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? string.Empty)];

    /// <summary>The bundled knowledge, held back until the test lets it through.</summary>
    private sealed class ServiceAheadOfTheKnowledge(Task buildBegun) : IHostedService
    {
        public bool SawTheBuildBegun { get; private set; }

        public async Task StartAsync(CancellationToken cancellationToken) =>
            SawTheBuildBegun = await Task.WhenAny(buildBegun, Task.Delay(TimeSpan.FromSeconds(30), cancellationToken)) == buildBegun;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class GatedKnowledgeSource : IKnowledgeSource
    {
        private readonly ManualResetEventSlim _released = new();

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _released.Set();

        public KnowledgeBase Load()
        {
            Entered.TrySetResult();
            if (!_released.Wait(Limit))
            {
                throw new TimeoutException("The test never released the knowledge.");
            }

            return new KnowledgeLoader().Load([RepositoryPaths.Knowledge]);
        }
    }
}
