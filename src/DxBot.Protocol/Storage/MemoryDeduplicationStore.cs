using System.Buffers.Binary;

namespace DxBot.Protocol.Storage;

/// <summary>
/// The in-process <see cref="IDeduplicationStore"/>: bounded in size and time, so it cannot grow without limit. A
/// restart forgets, and a second instance does not see it: use a shared store when more than one instance runs.
/// <para>
/// A claim is kept as 128 bits of the key's SHA-256, not as the key's string: the store is full (100,000 claims) after
/// a few minutes of a busy channel, and the strings (about 100 bytes each) were most of its memory. Two keys sharing
/// those 128 bits (odds about 10^-29 among 100,000) would only make the second look already claimed.
/// </para>
/// </summary>
public sealed class MemoryDeduplicationStore(TimeProvider timeProvider, int capacity = 100_000) : IDeduplicationStore
{
    private readonly Dictionary<UInt128, long> _expiries = [];
    private readonly Queue<(UInt128 Key, long Expiry)> _order = new();
    private readonly Lock _gate = new();

    /// <summary>Only this process sees the claims.</summary>
    public bool IsShared => false;

    public Task<bool> TryClaimAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var hashed = Hash(key);
        var now = timeProvider.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            Evict(now);
            if (_expiries.TryGetValue(hashed, out var expiry) && expiry > now)
            {
                return Task.FromResult(false);
            }

            var newExpiry = now + timeToLive.Ticks;
            _expiries[hashed] = newExpiry;
            _order.Enqueue((hashed, newExpiry));
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        var hashed = Hash(key);
        lock (_gate)
        {
            _expiries.Remove(hashed);
        }

        return Task.CompletedTask;
    }

    private void Evict(long now)
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

    private static UInt128 Hash(string key)
    {
        Span<byte> hash = stackalloc byte[KeyHash.Size];
        KeyHash.Sha256(key, hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }
}
