using DxBot.Channels.Line.Payloads;
using DxBot.Protocol.Storage;

namespace DxBot.Channels.Line;

/// <summary>An event accepted by the webhook, waiting for a worker; <see cref="Receipt"/> finds it in the journal.</summary>
internal sealed record LineWorkItem(string City, string? Destination, LineWebhookEvent Event, JournalReceipt? Receipt = null)
{
    /// <summary>Turns of one chat go to one worker, in order; the id is only hashed, never shown.</summary>
    public string PartitionKey => Event.Source?.ChatId ?? Event.WebhookEventId;
}
