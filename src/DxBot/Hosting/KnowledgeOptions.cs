using System.ComponentModel.DataAnnotations;

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
}
