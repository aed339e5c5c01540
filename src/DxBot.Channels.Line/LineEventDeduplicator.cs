using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>
/// Remembers recent webhookEventIds so that an event LINE redelivers is answered once. In memory, bounded in
/// size and time: a restart forgets, which at worst answers a redelivery twice.
/// </summary>
internal sealed class LineEventDeduplicator(IOptions<LineOptions> options, TimeProvider timeProvider)
{
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset Expiry)> _order = new();
    private readonly Lock _gate = new();
    private readonly TimeSpan _window = options.Value.DeduplicationWindow;
    private readonly int _capacity = options.Value.DeduplicationCapacity;

    /// <summary>True the first time an event is seen within the window.</summary>
    public bool TryRegister(string city, string webhookEventId)
    {
        var key = Key(city, webhookEventId);
        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            Evict(now);
            if (_expiries.TryGetValue(key, out var expiry) && expiry > now)
            {
                return false;
            }

            var newExpiry = now + _window;
            _expiries[key] = newExpiry;
            _order.Enqueue((key, newExpiry));
            return true;
        }
    }

    /// <summary>Forgets an event that could not be queued, so LINE's redelivery of it is processed.</summary>
    public void Forget(string city, string webhookEventId)
    {
        lock (_gate)
        {
            _expiries.Remove(Key(city, webhookEventId));
        }
    }

    private void Evict(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && (oldest.Expiry <= now || _expiries.Count > _capacity || _order.Count > _capacity))
        {
            _order.Dequeue();
            // A key forgotten and registered again has a newer expiry; only the entry matching this one goes.
            if (_expiries.TryGetValue(oldest.Key, out var expiry) && expiry == oldest.Expiry)
            {
                _expiries.Remove(oldest.Key);
            }
        }
    }

    private static string Key(string city, string webhookEventId) => string.Concat(city, "/", webhookEventId);
}
