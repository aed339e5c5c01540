namespace DxBot.Knowledge.Loading;

/// <summary>
/// Bounds on what one load reads, so a hostile or broken file (a FIFO, a 20 MB line, a YAML alias bomb) costs one
/// knowledge error instead of a hung or dead service. Bound from <c>Knowledge:Limits</c>.
/// </summary>
public sealed record KnowledgeLimits
{
    public static KnowledgeLimits Default { get; } = new();

    /// <summary>A file larger than this is not read (the bundled files are under 100 KB).</summary>
    public long MaxFileBytes { get; init; } = 5 * 1024 * 1024;

    /// <summary>Files are read until their sizes add up to this; the rest are reported and left out.</summary>
    public long MaxTotalBytes { get; init; } = 200 * 1024 * 1024;

    /// <summary>Folder levels below a knowledge folder that are walked (cities/&lt;id&gt;/ is 2).</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Knowledge files taken from one folder.</summary>
    public int MaxFiles { get; init; } = 20_000;

    /// <summary>Characters in one line; the parsers work line by line and a megabyte line made them crawl.</summary>
    public int MaxLineLength { get; init; } = 20_000;

    /// <summary>Alias uses (<c>*name</c>) in one YAML document; the bundled YAML uses none.</summary>
    public int YamlMaxAliases { get; init; } = 100;

    /// <summary>Scalars, sequences and mappings in one YAML document.</summary>
    public int YamlMaxNodes { get; init; } = 100_000;

    /// <summary>Nesting of sequences and mappings in one YAML document.</summary>
    public int YamlMaxDepth { get; init; } = 64;

    /// <summary>What is wrong with these limits; empty when they can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        Positive(MaxFileBytes, nameof(MaxFileBytes));
        Positive(MaxTotalBytes, nameof(MaxTotalBytes));
        Positive(MaxDepth, nameof(MaxDepth));
        Positive(MaxFiles, nameof(MaxFiles));
        Positive(MaxLineLength, nameof(MaxLineLength));
        Positive(YamlMaxNodes, nameof(YamlMaxNodes));
        Positive(YamlMaxDepth, nameof(YamlMaxDepth));
        if (YamlMaxAliases < 0)
        {
            problems.Add($"{nameof(YamlMaxAliases)} must be 0 or more.");
        }

        if (MaxTotalBytes < MaxFileBytes)
        {
            problems.Add($"{nameof(MaxTotalBytes)} must be at least {nameof(MaxFileBytes)}.");
        }

        return problems;

        void Positive(long value, string name)
        {
            if (value <= 0)
            {
                problems.Add($"{name} must be more than 0.");
            }
        }
    }
}
