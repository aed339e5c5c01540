namespace DxBot.Search;

/// <summary>Runtime morphological analysis with MeCab (`Search:Morphology`).</summary>
public sealed class MorphologyOptions
{
    public const string SectionName = "Search:Morphology";

    /// <summary>Off: the bot searches with bigrams only, as on a machine without MeCab.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The MeCab library: a file name the loader searches for (the default, Debian's) or a path.</summary>
    public string LibraryPath { get; set; } = "libmecab.so.2";

    /// <summary>The dictionary folder (with its dicrc); empty: the first of Debian's IPAdic folders that exists.</summary>
    public string? DictionaryPath { get; set; }

    /// <summary>What is wrong with the settings; empty when they can be used.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Enabled && string.IsNullOrWhiteSpace(LibraryPath))
        {
            problems.Add("Search:Morphology:LibraryPath must name the MeCab library (or set Search:Morphology:Enabled to false).");
        }

        if (DictionaryPath is { } dictionary && dictionary.Length > 0 && string.IsNullOrWhiteSpace(dictionary))
        {
            problems.Add("Search:Morphology:DictionaryPath is blank: leave it out to use Debian's IPAdic.");
        }

        return problems;
    }
}
