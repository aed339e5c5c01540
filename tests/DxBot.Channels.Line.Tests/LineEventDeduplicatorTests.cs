using Microsoft.Extensions.Time.Testing;
using DxBot.Protocol.Storage;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line.Tests;

public sealed class LineEventDeduplicatorTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task An_event_is_accepted_once_per_city()
    {
        var deduplicator = Create(TimeSpan.FromMinutes(10), 100);

        Assert.True(await deduplicator.TryRegisterAsync("handa", "01EVENT", CancellationToken.None));
        Assert.False(await deduplicator.TryRegisterAsync("handa", "01EVENT", CancellationToken.None));
        Assert.True(await deduplicator.TryRegisterAsync("goshogawara", "01EVENT", CancellationToken.None));
    }

    [Fact]
    public async Task An_event_is_forgotten_after_the_window()
    {
        var deduplicator = Create(TimeSpan.FromMinutes(10), 100);
        Assert.True(await deduplicator.TryRegisterAsync("handa", "01EVENT", CancellationToken.None));

        _clock.Advance(TimeSpan.FromMinutes(11));

        Assert.True(await deduplicator.TryRegisterAsync("handa", "01EVENT", CancellationToken.None));
    }

    [Fact]
    public async Task The_set_stays_within_its_capacity()
    {
        var deduplicator = Create(TimeSpan.FromHours(1), 3);
        foreach (var id in new[] { "A", "B", "C", "D" })
        {
            Assert.True(await deduplicator.TryRegisterAsync("handa", id, CancellationToken.None));
        }

        // Registering "A" again evicts what is over capacity first, the oldest: "A" itself.
        Assert.True(await deduplicator.TryRegisterAsync("handa", "A", CancellationToken.None));
        Assert.False(await deduplicator.TryRegisterAsync("handa", "D", CancellationToken.None));
    }

    [Fact]
    public async Task A_forgotten_event_is_accepted_again()
    {
        var deduplicator = Create(TimeSpan.FromMinutes(10), 100);
        Assert.True(await deduplicator.TryRegisterAsync("handa", "01EVENT", CancellationToken.None));

        await deduplicator.ForgetAsync("handa", "01EVENT", CancellationToken.None);

        Assert.True(await deduplicator.TryRegisterAsync("handa", "01EVENT", CancellationToken.None));
        Assert.False(await deduplicator.TryRegisterAsync("handa", "01EVENT", CancellationToken.None));
    }

    [Fact]
    public async Task Long_and_nearly_equal_event_ids_are_told_apart()
    {
        var deduplicator = Create(TimeSpan.FromMinutes(10), 100);
        var longId = new string('x', 2_000);

        Assert.True(await deduplicator.TryRegisterAsync("handa", longId, CancellationToken.None));
        Assert.True(await deduplicator.TryRegisterAsync("handa", longId + "y", CancellationToken.None));
        Assert.True(await deduplicator.TryRegisterAsync("handa", "01EVENTa", CancellationToken.None));
        Assert.True(await deduplicator.TryRegisterAsync("handa", "01EVENTb", CancellationToken.None));
        Assert.True(await deduplicator.TryRegisterAsync("handa", "半田の01EVENT", CancellationToken.None));

        Assert.False(await deduplicator.TryRegisterAsync("handa", longId, CancellationToken.None));
        Assert.False(await deduplicator.TryRegisterAsync("handa", longId + "y", CancellationToken.None));
        Assert.False(await deduplicator.TryRegisterAsync("handa", "01EVENTb", CancellationToken.None));
        Assert.False(await deduplicator.TryRegisterAsync("handa", "半田の01EVENT", CancellationToken.None));
    }

    [Fact]
    public void The_in_process_store_says_it_is_not_shared() =>
        Assert.False(((IDeduplicationStore)new MemoryDeduplicationStore(_clock)).IsShared);

    private LineEventDeduplicator Create(TimeSpan window, int capacity) =>
        new(new MemoryDeduplicationStore(_clock, capacity), Options.Create(new LineOptions { DeduplicationWindow = window }));
}
