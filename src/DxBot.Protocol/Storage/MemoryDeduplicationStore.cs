using System.Buffers.Binary;
using System.Numerics;

namespace DxBot.Protocol.Storage;

/// <summary>
/// The in-process <see cref="IDeduplicationStore"/>: bounded in size and time, so it cannot grow without limit. A
/// restart forgets, and a second instance does not see it: use a shared store when more than one instance runs.
/// <para>
/// A claim is kept as 128 bits of the key's SHA-256, not as the key's string: the store is full (100,000 claims) after
/// a few minutes of a busy channel, and the strings (about 100 bytes each) were most of its memory. Two keys sharing
/// those 128 bits (odds about 10^-29 among 100,000) would only make the second look already claimed.
/// </para>
/// <para>
/// The claims are a ring of three plain arrays in the order they were made (the two halves of the hash and the expiry,
/// 24 bytes a claim) and an open-addressing table of ring positions (4 bytes a slot, at least two slots a claim), both
/// grown by doubling up to the capacity and then reused: full, the store is about 3.4 MB in five arrays the GC never
/// scans, where a <c>Dictionary&lt;UInt128, long&gt;</c> beside a <c>Queue</c> of the same claims held 11.8 MB of the
/// process's live heap (issue #17's RSS goal; docs/benchmarks.md, seventeenth session).
/// </para>
/// </summary>
public sealed class MemoryDeduplicationStore : IDeduplicationStore
{
    private const int InitialSize = 1024;

    // An expiry that marks a released claim: it stays in the ring until its turn to go, but no slot points to it.
    private const long Released = long.MinValue;

    private readonly TimeProvider _timeProvider;
    private readonly int _capacity;
    private readonly Lock _gate = new();

    private ulong[] _low;
    private ulong[] _high;
    private long[] _expiry;
    private int _head;
    private int _count;

    // Ring position + 1 of each claim still in force; 0 is an empty slot. Linear probing from the hash's low bits.
    private int[] _slots;

    public MemoryDeduplicationStore(TimeProvider timeProvider, int capacity = 100_000)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _timeProvider = timeProvider;
        _capacity = capacity;
        var size = Math.Min(InitialSize, capacity);
        _low = new ulong[size];
        _high = new ulong[size];
        _expiry = new long[size];
        _slots = new int[SlotsFor(size)];
    }

    /// <summary>Only this process sees the claims.</summary>
    public bool IsShared => false;

    public Task<bool> TryClaimAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken)
    {
        var (low, high) = Hash(key);
        var now = _timeProvider.GetUtcNow().UtcTicks;
        lock (_gate)
        {
            EvictExpired(now);
            var slot = Find(low, high);
            if (slot >= 0)
            {
                var position = _slots[slot] - 1;
                if (_expiry[position] > now)
                {
                    return Task.FromResult(false);
                }

                // Expired behind a longer-lived claim still in the ring: claimed afresh at the ring's end.
                _expiry[position] = Released;
                RemoveSlot(slot);
            }

            if (_count == _low.Length)
            {
                if (_low.Length < _capacity)
                {
                    Grow();
                }
                else
                {
                    RemoveHead();
                }
            }

            var tail = (_head + _count) % _low.Length;
            _low[tail] = low;
            _high[tail] = high;
            _expiry[tail] = now + timeToLive.Ticks;
            _count++;
            Insert(tail);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseAsync(string key, CancellationToken cancellationToken)
    {
        var (low, high) = Hash(key);
        lock (_gate)
        {
            var slot = Find(low, high);
            if (slot >= 0)
            {
                _expiry[_slots[slot] - 1] = Released;
                RemoveSlot(slot);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Claims in the ring, released ones included until their turn to go (tests).</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _count;
            }
        }
    }

    private static int SlotsFor(int claims) => (int)Math.Min(1 << 30, BitOperations.RoundUpToPowerOf2((uint)claims * 2));

    private void EvictExpired(long now)
    {
        // Claims go in the order they were made; with one time to live per caller that is the order they expire.
        while (_count > 0 && _expiry[_head] <= now)
        {
            RemoveHead();
        }
    }

    private void RemoveHead()
    {
        if (_expiry[_head] != Released)
        {
            var slot = Find(_low[_head], _high[_head]);
            if (slot >= 0 && _slots[slot] - 1 == _head)
            {
                RemoveSlot(slot);
            }
        }

        _head = (_head + 1) % _low.Length;
        _count--;
    }

    private void Grow()
    {
        var size = (int)Math.Min(_capacity, (long)_low.Length * 2);
        var low = new ulong[size];
        var high = new ulong[size];
        var expiry = new long[size];
        for (var i = 0; i < _count; i++)
        {
            var from = (_head + i) % _low.Length;
            low[i] = _low[from];
            high[i] = _high[from];
            expiry[i] = _expiry[from];
        }

        (_low, _high, _expiry, _head) = (low, high, expiry, 0);
        _slots = new int[SlotsFor(size)];
        for (var i = 0; i < _count; i++)
        {
            if (_expiry[i] != Released)
            {
                Insert(i);
            }
        }
    }

    private int Find(ulong low, ulong high)
    {
        var mask = _slots.Length - 1;
        for (var slot = (int)(low & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot];
            if (entry == 0)
            {
                return -1;
            }

            if (_low[entry - 1] == low && _high[entry - 1] == high)
            {
                return slot;
            }
        }
    }

    private void Insert(int position)
    {
        var mask = _slots.Length - 1;
        var slot = (int)(_low[position] & (ulong)mask);
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = position + 1;
    }

    // Backward-shift deletion: the entries after the emptied slot move up when their home allows it, so a lookup's
    // probe never stops at a hole left before what it looks for (no tombstones to clean up later).
    private void RemoveSlot(int slot)
    {
        var mask = _slots.Length - 1;
        var hole = slot;
        for (var next = (hole + 1) & mask; _slots[next] != 0; next = (next + 1) & mask)
        {
            var home = (int)(_low[_slots[next] - 1] & (ulong)mask);
            // The entry at `next` may fill the hole unless its home lies cyclically in (hole, next].
            var fromHole = (home - hole) & mask;
            if (fromHole == 0 || fromHole > ((next - hole) & mask))
            {
                _slots[hole] = _slots[next];
                hole = next;
            }
        }

        _slots[hole] = 0;
    }

    private static (ulong Low, ulong High) Hash(string key)
    {
        Span<byte> hash = stackalloc byte[KeyHash.Size];
        KeyHash.Sha256(key, hash);
        return (BinaryPrimitives.ReadUInt64LittleEndian(hash), BinaryPrimitives.ReadUInt64LittleEndian(hash[8..]));
    }
}
