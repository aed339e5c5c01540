using System.ComponentModel.DataAnnotations;
using DxBot.Knowledge.Loading;

namespace DxBot.Hosting;

/// <summary>Where the knowledge and the index live, bound from the `Knowledge` section.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Knowledge folders; empty means the bundled `knowledge/` folder.</summary>
    public List<string> Folders { get; set; } = [];

    /// <summary>The index root (one folder per generation inside).</summary>
    [Required]
    public string IndexPath { get; set; } = Path.Combine("data", "index");

    /// <summary>
    /// The generation built from the bundled knowledge when the program was published (`index-seed` beside it, see
    /// DxBot.csproj). A first start with no generation in <see cref="IndexPath"/> that serves the bundled knowledge
    /// (no <see cref="Folders"/>) takes it over instead of building, then checks it as a restart does: a build takes
    /// most of a first start's time. Empty: never.
    /// </summary>
    public string? SeedIndexPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "index-seed");

    /// <summary>Bounds on what a reindex reads (`Knowledge:Limits:*`).</summary>
    public KnowledgeLimits Limits { get; set; } = new();

    /// <summary>
    /// How long a message that arrives before any knowledge is in service waits for the start-up build before it is
    /// told the bot is getting ready (a LINE reply token lasts a minute; Teams expects its answer within 15 s).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan StartupAnswerWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How many search results each knowledge generation keeps for questions asked again (and as many coverages);
    /// dropped with the generation at each reindex; 0 keeps none. A turn asks several searches and coverages of one
    /// message, so this is a few thousand messages; a result is a few hits referring to entries already in memory,
    /// so the cache costs a few MB at most.
    /// </summary>
    [Range(0, 1_000_000)]
    public int SearchCacheEntries { get; set; } = 16_384;

    /// <summary>
    /// How long a reindex searches the questions asked lately of the generation in service with the new one before it
    /// serves, so the turns right after the swap find their results kept; it adds as much to the reindex's answer.
    /// Zero (the default): none, as measured at 100× the turns gained nothing sure from 150 ms (docs/benchmarks.md).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:05")]
    public TimeSpan SearchWarmUp { get; set; }
}
