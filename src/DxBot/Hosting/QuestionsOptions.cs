using System.ComponentModel.DataAnnotations;

namespace DxBot.Hosting;

/// <summary>Where the question log (unanswered questions, 👍/👎) is kept and for how long, bound from the `Questions` section.</summary>
public sealed class QuestionsOptions
{
    public const string SectionName = "Questions";

    /// <summary>The folder of the daily JSON Lines files; relative paths start where the bot runs, as the index's does.</summary>
    [Required]
    public string Folder { get; set; } = Path.Combine("data", "questions");

    /// <summary>Days a file is kept: residents' words are only kept as long as they help improve the knowledge.</summary>
    [Range(1, 3650)]
    public int RetentionDays { get; set; } = 90;
}
