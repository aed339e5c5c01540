using System.Collections.Concurrent;
using System.Diagnostics;

namespace DxBot.LoadBench;

/// <summary>
/// Where a sent request waits for its answer to reach the fake API: the load generator registers a key (LINE reply
/// token, Teams activity id) with its send time, the fake API completes it with the arrival time. End-to-end latency
/// is measured here because DxBot answers LINE's webhook at once and replies later in the background.
/// </summary>
internal sealed class ReplyBoard
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
    private long _unmatched;
    private long _pushes;
    private long _otherCalls;
    private long _unexpected;

    public long Unmatched => Interlocked.Read(ref _unmatched);

    public long Pushes => Interlocked.Read(ref _pushes);

    /// <summary>Calls that are not answers (LINE's loading animation, Teams typing): counted, not timed.</summary>
    public long OtherCalls => Interlocked.Read(ref _otherCalls);

    /// <summary>Calls to paths the fake API does not serve or with bodies it cannot read.</summary>
    public long Unexpected => Interlocked.Read(ref _unexpected);

    public Task<long> Expect(string key)
    {
        var pending = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[key] = pending;
        return pending.Task;
    }

    public void Forget(string key) => _waiting.TryRemove(key, out _);

    public void Answered(string key)
    {
        var at = Stopwatch.GetTimestamp();
        if (_waiting.TryRemove(key, out var pending))
        {
            pending.TrySetResult(at);
        }
        else
        {
            Interlocked.Increment(ref _unmatched);
        }
    }

    public void Pushed() => Interlocked.Increment(ref _pushes);

    public void Other() => Interlocked.Increment(ref _otherCalls);

    public void UnexpectedCall() => Interlocked.Increment(ref _unexpected);

    public void ResetCounters()
    {
        Interlocked.Exchange(ref _unmatched, 0);
        Interlocked.Exchange(ref _pushes, 0);
        Interlocked.Exchange(ref _otherCalls, 0);
        Interlocked.Exchange(ref _unexpected, 0);
    }
}
