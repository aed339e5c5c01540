using DxBot.Protocol.Storage;
using Microsoft.Extensions.Time.Testing;

namespace DxBot.Protocol.Tests;

/// <summary>
/// The in-process claims as a ring and an open-addressing table: the same answers as a plain list of the same claims,
/// through growth, eviction at capacity, expiry and release.
/// </summary>
public sealed class MemoryDeduplicationStoreTests
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Lease = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(1_000, 3)]
    [InlineData(3_000, 4)]
    public async Task Answers_as_a_plain_list_of_the_claims_does(int capacity, int seed)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
        var store = new MemoryDeduplicationStore(clock, capacity);
        var model = new ListModel(clock, capacity);
        var random = new Random(seed);
        // Keys from a pool a few times the capacity, so claims meet live, evicted, expired and released ones.
        var keys = Enumerable.Range(0, capacity * 3 + 5).Select(i => $"line/handa/01J{i:D22}").ToArray();

        for (var step = 0; step < 40_000; step++)
        {
            var key = keys[random.Next(keys.Length)];
            switch (random.Next(20))
            {
                case 0:
                    await store.ReleaseAsync(key, CancellationToken.None);
                    model.Release(key);
                    break;
                case 1:
                    clock.Advance(TimeSpan.FromSeconds(random.Next(1, 90)));
                    break;
                default:
                    var timeToLive = random.Next(4) == 0 ? Lease : Window;
                    Assert.Equal(model.TryClaim(key, timeToLive), await store.TryClaimAsync(key, timeToLive, CancellationToken.None));
                    break;
            }

            Assert.True(store.Count <= capacity);
        }
    }

    [Fact]
    public async Task Full_it_remembers_the_last_claims_up_to_its_capacity()
    {
        const int Capacity = 100_000;
        var store = new MemoryDeduplicationStore(new FakeTimeProvider(), Capacity);
        var keys = Enumerable.Range(0, Capacity + 1).Select(i => $"line/handa/01J{i:D22}").ToArray();
        foreach (var key in keys)
        {
            Assert.True(await store.TryClaimAsync(key, Window, CancellationToken.None));
        }

        // The first went to make room for the last; every other one is still refused.
        Assert.Equal(Capacity, store.Count);
        foreach (var key in keys.Skip(2))
        {
            Assert.False(await store.TryClaimAsync(key, Window, CancellationToken.None));
        }

        Assert.True(await store.TryClaimAsync(keys[0], Window, CancellationToken.None));
    }

    [Fact]
    public async Task A_hundred_thousand_claims_cost_a_few_megabytes()
    {
        const int Capacity = 100_000;
        var store = new MemoryDeduplicationStore(new FakeTimeProvider(), Capacity);
        var keys = Enumerable.Range(0, Capacity * 2).Select(i => $"line/handa/01J{i:D22}").ToArray();

        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var key in keys)
        {
            await store.TryClaimAsync(key, Window, CancellationToken.None);
        }

        // Full at 3.4 MB, the arrays grown by doubling (about twice that allocated in all), nothing per claim after:
        // the dictionary and queue it replaced held 11.8 MB.
        Assert.InRange(GC.GetAllocatedBytesForCurrentThread() - before, 3_000_000, 8_000_000);
    }

    /// <summary>The store's rules on a list of strings: claims in the order made, the oldest going first when full.</summary>
    private sealed class ListModel(TimeProvider clock, int capacity)
    {
        private readonly List<(string Key, long Expiry, bool Live)> _claims = [];

        public bool TryClaim(string key, TimeSpan timeToLive)
        {
            var now = clock.GetUtcNow().UtcTicks;
            while (_claims.Count > 0 && (!_claims[0].Live || _claims[0].Expiry <= now))
            {
                _claims.RemoveAt(0);
            }

            var index = _claims.FindIndex(c => c.Live && c.Key == key);
            if (index >= 0)
            {
                if (_claims[index].Expiry > now)
                {
                    return false;
                }

                _claims[index] = _claims[index] with { Live = false };
            }

            if (_claims.Count == capacity)
            {
                _claims.RemoveAt(0);
            }

            _claims.Add((key, now + timeToLive.Ticks, true));
            return true;
        }

        public void Release(string key)
        {
            var index = _claims.FindIndex(c => c.Live && c.Key == key);
            if (index >= 0)
            {
                _claims[index] = _claims[index] with { Live = false };
            }
        }
    }
}
