namespace DxBot.Channels.Line;

/// <summary>
/// Where acknowledged LINE events wait until they are answered (`Line:Journal`). Without `Storage:Redis` they are kept
/// in files under <see cref="Folder"/>; with it, in a Redis Stream every instance shares.
/// </summary>
public sealed class LineJournalOptions
{
    /// <summary>
    /// The folder of the local journal. Its files hold the events as LINE sent them (a message's text and the sender's
    /// LINE id, needed to answer), are readable by the bot's user only and are overwritten with zeros (and reused) once
    /// every event in them is answered.
    /// </summary>
    public string Folder { get; set; } = "data/line-journal";

    /// <summary>
    /// With Redis: how long another instance may stay silent (no claim round, no new event) before this one takes all
    /// its events over as abandoned. Longer than <see cref="LineOptions.TurnTimeout"/>, so a slow turn is not taken for a
    /// dead instance.
    /// </summary>
    public TimeSpan ClaimAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an instance looks for abandoned events and tells Redis it still works on its own.</summary>
    public TimeSpan ClaimInterval { get; set; } = TimeSpan.FromSeconds(30);
}
