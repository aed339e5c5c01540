using DxBot.Knowledge;
using DxBot.Knowledge.Loading;
using DxBot.Protocol.Diagnostics;
using DxBot.Search;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// The knowledge in service for the host and the commands: loads the folders, builds the index at start and on
/// every reindex (admin endpoint, Teams command, CLI), and keeps serving the previous generation if a build fails.
/// </summary>
public sealed class KnowledgeRuntime(IOptions<KnowledgeOptions> options, DxBotMetrics metrics, ILogger<KnowledgeRuntime> logger)
    : IKnowledgeProvider, IKnowledgeReindexer, IHostedService, IDisposable
{
    private readonly KnowledgeService _service = new(new KnowledgeServiceOptions { IndexRoot = Path.GetFullPath(options.Value.IndexPath) });
    private readonly KnowledgeLoader _loader = new();

    public KnowledgeSnapshot Current => _service.Current;

    /// <summary>True when another DxBot process holds the index folder, so this one's index is in memory only.</summary>
    public bool IndexRootInUse => _service.IndexRootInUse;

    /// <summary>The outcome of the last reindex (null before the first).</summary>
    public ReindexOutcome? LastOutcome { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_service.IndexRootInUse)
        {
            logger.LogWarning("The index folder {IndexPath} is in use by another DxBot process; this one keeps its index in memory.", options.Value.IndexPath);
        }

        var outcome = await ReindexAsync(cancellationToken).ConfigureAwait(false);
        if (!outcome.Succeeded)
        {
            logger.LogCritical("The knowledge index could not be built at start ({Failure}); the bot answers that it does not know until a reindex succeeds.", outcome.Failure);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<ReindexOutcome> ReindexAsync(CancellationToken cancellationToken)
    {
        var folders = KnowledgeLocator.Resolve(options.Value.Folders);
        var report = await _service.ReindexAsync(() => _loader.Load(folders), cancellationToken).ConfigureAwait(false);
        var outcome = new ReindexOutcome(report.Succeeded, report.Generation, report.Entries, report.Cities, report.Files, report.Errors, report.Elapsed)
        {
            Failure = report.Failure,
        };
        LastOutcome = outcome;
        metrics.Reindex(outcome.Succeeded, outcome.Elapsed);

        // Errors name files and lines of the knowledge, never user data, so they are safe to log.
        logger.LogInformation("Knowledge generation {Generation}: {Entries} entries, {Cities} cities, {Files} files, {Errors} errors in {Elapsed} ms.",
            outcome.Generation, outcome.Entries, outcome.Cities, outcome.Files, outcome.Errors.Count, (long)outcome.Elapsed.TotalMilliseconds);
        foreach (var error in outcome.Errors)
        {
            logger.LogWarning("Knowledge error: {Error}", error.ToString());
        }

        return outcome;
    }

    public void Dispose() => _service.Dispose();
}
