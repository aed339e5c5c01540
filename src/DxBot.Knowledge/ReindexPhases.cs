namespace DxBot.Knowledge;

/// <summary>
/// Times the steps of one reindex as they end, one after the other. Cheap (a timestamp a step), so it is always on;
/// the admin endpoint returns the steps and the log has them at Debug: a one-city reindex's fixed costs were guessed
/// at before they were measured.
/// </summary>
public sealed class ReindexPhases(TimeProvider? time = null)
{
    private readonly TimeProvider time = time ?? TimeProvider.System;
    private readonly List<ReindexPhase> phases = [];
    private long last = (time ?? TimeProvider.System).GetTimestamp();

    public IReadOnlyList<ReindexPhase> All => phases;

    /// <summary>Ends the step that began when the previous one ended (or when timing began).</summary>
    public void End(string name)
    {
        var now = time.GetTimestamp();
        phases.Add(new ReindexPhase(name, time.GetElapsedTime(last, now)));
        last = now;
    }
}
