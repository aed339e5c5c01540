using DxBot.Channels.Line.Payloads;
using DxBot.Protocol.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line.Tests;

public sealed class LineConversationLeaseTests
{
    private static readonly LineOptions Settings = new() { ConversationLeaseWait = TimeSpan.FromMilliseconds(300) };

    [Fact]
    public async Task With_the_in_process_store_no_lease_is_claimed_and_a_chats_next_turn_does_not_wait()
    {
        var store = new RecordingStore(new MemoryDeduplicationStore(TimeProvider.System), shared: false);
        var lease = new LineConversationLease(store, Options.Create(Settings), TimeProvider.System, NullLogger<LineConversationLease>.Instance);

        await using var first = await lease.AcquireAsync(Item("U1"), CancellationToken.None);
        var started = TimeProvider.System.GetTimestamp();
        await using var second = await lease.AcquireAsync(Item("U1"), CancellationToken.None);

        Assert.Empty(store.Claims);
        Assert.Empty(store.Releases);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < Settings.ConversationLeaseWait, "the second turn waited for a lease");
    }

    [Fact]
    public async Task With_a_shared_store_a_chats_lease_is_claimed_and_released()
    {
        var store = new RecordingStore(new MemoryDeduplicationStore(TimeProvider.System), shared: true);
        var lease = new LineConversationLease(store, Options.Create(Settings), TimeProvider.System, NullLogger<LineConversationLease>.Instance);

        await using (await lease.AcquireAsync(Item("U1"), CancellationToken.None))
        {
            Assert.Equal([LineConversationLease.KeyOf("handa", "U1")], store.Claims);
        }

        Assert.Equal([LineConversationLease.KeyOf("handa", "U1")], store.Releases);
    }

    private static LineWorkItem Item(string user) => new("handa", null, new LineWebhookEvent
    {
        Type = "message",
        WebhookEventId = Guid.NewGuid().ToString("N"),
        Timestamp = 0,
        Source = new LineEventSource { Type = LineEventSource.User, UserId = user },
    });

    private sealed class RecordingStore(IDeduplicationStore inner, bool shared) : IDeduplicationStore
    {
        public List<string> Claims { get; } = [];

        public List<string> Releases { get; } = [];

        public bool IsShared => shared;

        public Task<bool> TryClaimAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken)
        {
            Claims.Add(key);
            return inner.TryClaimAsync(key, timeToLive, cancellationToken);
        }

        public Task ReleaseAsync(string key, CancellationToken cancellationToken)
        {
            Releases.Add(key);
            return inner.ReleaseAsync(key, cancellationToken);
        }
    }
}
