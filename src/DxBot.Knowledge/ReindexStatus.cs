namespace DxBot.Knowledge;

/// <summary>How a reindex ended; in every case but <see cref="Succeeded"/> the previous generation stays in service.</summary>
public enum ReindexStatus
{
    /// <summary>The new generation is in service.</summary>
    Succeeded,

    /// <summary>The knowledge has errors (file, line, what): nothing was switched until they are fixed.</summary>
    Refused,

    /// <summary>Loading or building failed (Failure says why).</summary>
    Failed,

    /// <summary>Another reindex was running; this one did not start.</summary>
    Busy,
}
