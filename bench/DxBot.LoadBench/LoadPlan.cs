namespace DxBot.LoadBench;

/// <summary>
/// One measured load: open loop at <see cref="Rate"/> requests/s (arrivals do not wait for answers, as LINE's do not),
/// or closed loop with <see cref="Concurrency"/> senders that each wait for the answer before the next (throughput).
/// </summary>
internal sealed record LoadPlan(string Label, TimeSpan WarmUp, TimeSpan Duration, double? Rate, int Concurrency)
{
    /// <summary>Something done once, this long into the measured phase (a reindex).</summary>
    public TimeSpan? MidwayAt { get; init; }

    public Func<Task<string>>? Midway { get; init; }

    public string Mode => Rate is { } rate ? $"{rate:0} req/s offered" : $"closed loop, {Concurrency} senders";
}
