using System.Security.Cryptography;
using System.Text;
using DxBot.Protocol.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>
/// Keeps one chat's turns from running at the same time on two instances: each instance runs a chat's turns in order
/// (<see cref="LineTurnQueue"/>), but two quick messages may reach two instances, and both turns would then read the
/// same state and the later write would lose the other. The lease is a claim in the shared
/// <see cref="IDeduplicationStore"/>, held while the turn runs and expiring with <see cref="LineOptions.TurnTimeout"/>
/// if its instance dies; a turn that cannot get it within <see cref="LineOptions.ConversationLeaseWait"/> runs anyway,
/// since an answer matters more than the order. With a store only this process sees (one instance, the default) the
/// queue alone keeps a chat's turns in order and no lease is taken: it cost a SHA-256, two strings and a claim that
/// stayed in the store's bounded order until evicted, per turn, and pushed the event ids out twice as fast.
/// </summary>
internal sealed class LineConversationLease(IDeduplicationStore store, IOptions<LineOptions> options, TimeProvider time, ILogger<LineConversationLease> logger)
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(20);

    /// <summary>Waits for the chat's lease; disposing the result releases it.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(LineWorkItem item, CancellationToken cancellationToken)
    {
        if (item.Event.Source?.ChatId is not { } chatId || !store.IsShared)
        {
            return Held.None;
        }

        var key = KeyOf(item.City, chatId);
        var settings = options.Value;
        var deadline = time.GetUtcNow() + settings.ConversationLeaseWait;
        while (!await store.TryClaimAsync(key, settings.TurnTimeout, cancellationToken).ConfigureAwait(false))
        {
            if (time.GetUtcNow() >= deadline)
            {
                LineLog.LeaseNotAcquired(logger, item.City, item.Event.WebhookEventId);
                return Held.None;
            }

            await Task.Delay(RetryDelay, time, cancellationToken).ConfigureAwait(false);
        }

        return new Held(store, key);
    }

    /// <summary>The store key of a chat: hashed, so a shared store never holds a LINE user id in clear.</summary>
    internal static string KeyOf(string city, string chatId) =>
        string.Concat("line-turn/", city, "/", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(chatId))));

    private sealed class Held(IDeduplicationStore? store, string key) : IAsyncDisposable
    {
        public static readonly Held None = new(null, string.Empty);

        // Released even when the turn was cancelled: the next turn of the chat must not wait for the expiry.
        public async ValueTask DisposeAsync()
        {
            if (store is not null)
            {
                await store.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }
}
