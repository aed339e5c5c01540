using System.ComponentModel.DataAnnotations;

namespace DxBot.Hosting;

/// <summary>Where conversation and user state is kept, bound from the `State` section.</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>A folder for file storage; empty keeps state in memory (lost on restart). Ignored when `Storage:Redis` is set.</summary>
    public string? Folder { get; set; }

    /// <summary>How long a conversation or a user's chosen city is kept after their last message.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan TimeToLive { get; set; } = TimeSpan.FromDays(30);
}
