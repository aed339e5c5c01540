using DxBot.Search;
using Microsoft.Extensions.Options;

namespace DxBot.Hosting;

/// <summary>
/// MeCab for the process, loaded once at start (`Search:Morphology`). Without the library or its dictionary the bot
/// says so once and searches with bigrams only: residents' kana spellings then match less, nothing else changes.
/// </summary>
public sealed class MorphologyRuntime : IDisposable
{
    public MorphologyRuntime(IOptions<MorphologyOptions> options, ILogger<MorphologyRuntime> logger)
    {
        Tagger = MeCabTagger.TryCreate(options.Value, out var problem);
        Problem = problem;
        if (Tagger is not null)
        {
            logger.LogInformation("Morphological analysis on: MeCab with the dictionary {Dictionary}.", Tagger.Dictionary);
        }
        else if (options.Value.Enabled)
        {
            logger.LogWarning("Morphological analysis is off: {Problem}. Questions are searched with bigrams only, so kana spellings and other conjugations match less.", problem);
        }
        else
        {
            logger.LogInformation("Morphological analysis is off ({Problem}).", problem);
        }
    }

    /// <summary>Null when morphology is off.</summary>
    public MeCabTagger? Tagger { get; }

    /// <summary>Why morphology is off; null when it is on.</summary>
    public string? Problem { get; }

    /// <summary>What /admin/index shows.</summary>
    public object Status => Tagger is { } tagger
        ? new { Enabled = true, Detail = $"MeCab, dictionary {tagger.Dictionary}" }
        : new { Enabled = false, Detail = Problem ?? "off" };

    public void Dispose() => Tagger?.Dispose();
}
