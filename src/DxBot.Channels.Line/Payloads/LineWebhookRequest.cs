using System.Text.Json;

namespace DxBot.Channels.Line.Payloads;

/// <summary>
/// The body LINE posts to the webhook (webhook.yml CallbackRequest). Events stay raw so that one event LINE
/// describes in a way we do not understand is skipped without losing the others.
/// </summary>
public sealed record LineWebhookRequest(string? Destination, IReadOnlyList<JsonElement>? Events);
