using System.Collections.Concurrent;

namespace DxBot.Hosting;

/// <summary>
/// A fixed window of turns per user, counted in one dictionary. It replaces two partitioned rate limiters whose
/// heartbeat walked every user's limiter ten times a second under a lock (tens of thousands of LINE friends: 2 % of a
/// message's CPU, and webhooks waiting on that lock; bench/load/NOTES.md). A window starts with the user's first
/// message and lasts <c>window</c>; users idle for a whole window are swept once per window.
/// </summary>
internal sealed class UserTurnWindows(int permits, TimeSpan window, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Counter> counters = new(StringComparer.Ordinal);
    private long lastSweep = time.GetTimestamp();

    /// <summary>Counts one message of the user: admitted, the first one over the limit (to be told), or one to drop.</summary>
    public TurnAdmission Admit(string user)
    {
        var now = time.GetTimestamp();
        SweepIfDue(now);
        var counter = counters.GetOrAdd(user, static _ => new Counter());
        lock (counter)
        {
            if (counter.Count == 0 || time.GetElapsedTime(counter.Start, now) >= window)
            {
                counter.Start = now;
                counter.Count = 0;
                counter.Told = false;
            }

            if (counter.Count < permits)
            {
                counter.Count++;
                return TurnAdmission.Admitted;
            }

            if (!counter.Told)
            {
                counter.Told = true;
                return TurnAdmission.TellToWait;
            }

            return TurnAdmission.Drop;
        }
    }

    /// <summary>The users counted now (tests: the sweep keeps memory to the users of the last windows).</summary>
    internal int Count => counters.Count;

    private void SweepIfDue(long now)
    {
        var last = Interlocked.Read(ref lastSweep);
        if (time.GetElapsedTime(last, now) < window || Interlocked.CompareExchange(ref lastSweep, now, last) != last)
        {
            return;
        }

        foreach (var (user, counter) in counters)
        {
            bool expired;
            lock (counter)
            {
                expired = time.GetElapsedTime(counter.Start, now) >= window;
            }

            // A message counted on the removed counter at this very moment is forgotten: one more turn for that user
            // at most, never one fewer.
            if (expired)
            {
                counters.TryRemove(new KeyValuePair<string, Counter>(user, counter));
            }
        }
    }

    private sealed class Counter
    {
        public long Start { get; set; }

        public int Count { get; set; }

        public bool Told { get; set; }
    }
}
