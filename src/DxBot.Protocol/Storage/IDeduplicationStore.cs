namespace DxBot.Protocol.Storage;

/// <summary>
/// Remembers which deliveries were already taken, so that a channel redelivering an event (LINE does, on a timeout)
/// gets it answered once, by whichever instance claims it first. Implementations must claim atomically.
/// </summary>
public interface IDeduplicationStore
{
    /// <summary>
    /// Whether other instances see this store's claims. A store only this process sees cannot keep two instances
    /// apart, so claims whose only purpose is that (a chat's turn lease) are not worth making in it.
    /// </summary>
    bool IsShared => true;

    /// <summary>True for the first caller to claim <paramref name="key"/> within <paramref name="timeToLive"/>.</summary>
    Task<bool> TryClaimAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken);

    /// <summary>Drops a claim whose work could not be queued, so that the redelivery is processed.</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken);
}
