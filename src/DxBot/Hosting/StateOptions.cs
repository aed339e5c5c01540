namespace DxBot.Hosting;

/// <summary>Where conversation state is kept, bound from the `State` section.</summary>
public sealed class StateOptions
{
    public const string SectionName = "State";

    /// <summary>A folder for file storage; empty keeps state in memory (lost on restart).</summary>
    public string? Folder { get; set; }
}
