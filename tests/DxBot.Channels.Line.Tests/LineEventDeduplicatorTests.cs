using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line.Tests;

public sealed class LineEventDeduplicatorTests
{
    private readonly ManualClock _clock = new();

    [Fact]
    public void An_event_is_accepted_once_per_city()
    {
        var deduplicator = Create(TimeSpan.FromMinutes(10), 100);

        Assert.True(deduplicator.TryRegister("handa", "01EVENT"));
        Assert.False(deduplicator.TryRegister("handa", "01EVENT"));
        Assert.True(deduplicator.TryRegister("goshogawara", "01EVENT"));
    }

    [Fact]
    public void An_event_is_forgotten_after_the_window()
    {
        var deduplicator = Create(TimeSpan.FromMinutes(10), 100);
        Assert.True(deduplicator.TryRegister("handa", "01EVENT"));

        _clock.Advance(TimeSpan.FromMinutes(11));

        Assert.True(deduplicator.TryRegister("handa", "01EVENT"));
    }

    [Fact]
    public void The_set_stays_within_its_capacity()
    {
        var deduplicator = Create(TimeSpan.FromHours(1), 3);
        foreach (var id in new[] { "A", "B", "C", "D" })
        {
            Assert.True(deduplicator.TryRegister("handa", id));
        }

        // Registering "A" again evicts what is over capacity first, the oldest: "A" itself.
        Assert.True(deduplicator.TryRegister("handa", "A"));
        Assert.False(deduplicator.TryRegister("handa", "D"));
    }

    [Fact]
    public void A_forgotten_event_is_accepted_again()
    {
        var deduplicator = Create(TimeSpan.FromMinutes(10), 100);
        Assert.True(deduplicator.TryRegister("handa", "01EVENT"));

        deduplicator.Forget("handa", "01EVENT");

        Assert.True(deduplicator.TryRegister("handa", "01EVENT"));
        Assert.False(deduplicator.TryRegister("handa", "01EVENT"));
    }

    private LineEventDeduplicator Create(TimeSpan window, int capacity) =>
        new(Options.Create(new LineOptions { DeduplicationWindow = window, DeduplicationCapacity = capacity }), _clock);

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
