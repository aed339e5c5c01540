namespace DxBot.Protocol.Storage;

/// <summary>
/// The in-process <see cref="IDeduplicationStore"/>: bounded in size and time, so it cannot grow without limit. A
/// restart forgets, and a second instance does not see it: use a shared store when more than one instance runs.
/// </summary>
public sealed class MemoryDeduplicationStore(TimeProvider timeProvider, int capacity = 100_000) : IDeduplicationStore
{
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expiry)> _order = new();
    private readonly Lock _gate = new();

    public Task<bool> TryClaimAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            Evict(now);
            if (_expiries.TryGetValue(key, out var expiry) && expiry > now)
            {
                return Task.FromResult(false);
            }

            var newExpiry = now + timeToLive;
            _expiries[key] = newExpiry;
            _order.Enqueue((key, newExpiry));
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _expiries.Remove(key);
        }

        return Task.CompletedTask;
    }

    private void Evict(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (oldest.Expiry <= now || _expiries.Count > capacity || _order.Count > capacity))
        {
            _order.Dequeue();
            // A key released and claimed again has a newer expiry; only the entry matching this one goes.
            if (_expiries.TryGetValue(oldest.Key, out var expiry) && expiry == oldest.Expiry)
            {
                _expiries.Remove(oldest.Key);
            }
        }
    }
}
