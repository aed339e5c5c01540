namespace DxBot.LoadBench;

/// <summary>The figures of one measured phase. Latencies in milliseconds, memory in MiB, CPU in % of one core.</summary>
internal sealed record RunResult(
    string Label,
    string Target,
    string Mode,
    TimeSpan Duration,
    int Sent,
    int Answered,
    int Errors,
    string ErrorDetail,
    double Throughput,
    double AckP50,
    double AckP99,
    double EndToEndP50,
    double EndToEndP99,
    double EndToEndMax,
    double CpuPercent,
    double CpuMsPerRequest,
    double RssPeakDuringRun,
    double RssPeakLifetime)
{
    /// <summary>What the midway action reported and how the answers sent around it fared.</summary>
    public string? Midway { get; init; }

    /// <summary>How long the midway action took (for a reindex: until its HTTP answer), in seconds.</summary>
    public double? MidwaySeconds { get; init; }

    /// <summary>End-to-end p99 of the answers sent while the midway action ran (and 1 s after).</summary>
    public double? MidwayP99 { get; init; }

    /// <summary>The benchmark process's own CPU (load generator and fake API) over the run, in % of one core.</summary>
    public double GeneratorCpuPercent { get; init; }
}
