namespace DxBot.Search.Tests;

/// <summary>A clock whose timers fire only when the test says so (the system's time otherwise).</summary>
internal sealed class ManualTimers : TimeProvider
{
    private readonly List<(TimerCallback Callback, object? State)> due = [];

    /// <summary>How many timers wait to be fired.</summary>
    public int Waiting
    {
        get
        {
            lock (due)
            {
                return due.Count;
            }
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        lock (due)
        {
            due.Add((callback, state));
        }

        return new NeverTimer();
    }

    /// <summary>Fires every timer made so far, once.</summary>
    public void FireAll()
    {
        List<(TimerCallback Callback, object? State)> firing;
        lock (due)
        {
            firing = [.. due];
            due.Clear();
        }

        foreach (var (callback, state) in firing)
        {
            callback(state);
        }
    }

    private sealed class NeverTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
