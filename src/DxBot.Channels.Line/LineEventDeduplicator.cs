using DxBot.Protocol.Storage;
using Microsoft.Extensions.Options;

namespace DxBot.Channels.Line;

/// <summary>
/// Claims each webhookEventId in the <see cref="IDeduplicationStore"/> so that an event LINE redelivers is answered
/// once, also when the redelivery reaches another instance (with a shared store). Claims expire after the window.
/// </summary>
internal sealed class LineEventDeduplicator(IDeduplicationStore store, IOptions<LineOptions> options)
{
    private readonly TimeSpan _window = options.Value.DeduplicationWindow;

    /// <summary>True the first time an event is seen within the window.</summary>
    public Task<bool> TryRegisterAsync(string city, string webhookEventId, CancellationToken cancellationToken) =>
        store.TryClaimAsync(Key(city, webhookEventId), _window, cancellationToken);

    /// <summary>Forgets an event that could not be queued, so LINE's redelivery of it is processed.</summary>
    public Task ForgetAsync(string city, string webhookEventId, CancellationToken cancellationToken) =>
        store.ReleaseAsync(Key(city, webhookEventId), cancellationToken);

    private static string Key(string city, string webhookEventId) => string.Concat("line/", city, "/", webhookEventId);
}
