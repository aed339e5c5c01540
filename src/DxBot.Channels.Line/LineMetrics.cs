using System.Diagnostics.Metrics;

namespace DxBot.Channels.Line;

/// <summary>
/// Counters of the LINE channel (meter `DxBot.Channels.Line`). `dxbot.line.messages.undelivered` is the one to
/// alert on: each count is a resident who got no answer.
/// </summary>
public sealed class LineMetrics
{
    public const string MeterName = "DxBot.Channels.Line";

    private readonly Counter<long> _webhookRequests;
    private readonly Counter<long> _events;
    private readonly Counter<long> _duplicates;
    private readonly Counter<long> _dropped;
    private readonly Counter<long> _retries;
    private readonly Counter<long> _apiErrors;
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _fallbacks;
    private readonly Counter<long> _undelivered;
    private readonly Counter<long> _turnErrors;

    public LineMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _webhookRequests = meter.CreateCounter<long>("dxbot.line.webhook.requests", description: "Webhook calls by result.");
        _events = meter.CreateCounter<long>("dxbot.line.events.received", description: "Webhook events by type.");
        _duplicates = meter.CreateCounter<long>("dxbot.line.events.duplicate", description: "Redelivered events dropped.");
        _dropped = meter.CreateCounter<long>("dxbot.line.events.dropped", description: "Events not processed (queue full, shutdown).");
        _retries = meter.CreateCounter<long>("dxbot.line.api.retries", description: "Calls to LINE retried after 429, 5xx or a timeout.");
        _apiErrors = meter.CreateCounter<long>("dxbot.line.api.errors", description: "Calls to LINE that failed after retries, by operation and HTTP status (or network/timeout).");
        _delivered = meter.CreateCounter<long>("dxbot.line.messages.delivered", description: "Answers LINE accepted, by method.");
        _fallbacks = meter.CreateCounter<long>("dxbot.line.reply.fallbacks", description: "Answers pushed because the reply token could not be used.");
        _undelivered = meter.CreateCounter<long>("dxbot.line.messages.undelivered", description: "Answers LINE never accepted.");
        _turnErrors = meter.CreateCounter<long>("dxbot.line.turns.failed", description: "Turns where the bot threw.");
    }

    public void WebhookRequest(string city, string result) => _webhookRequests.Add(1, new("city", city), new("result", result));

    public void EventReceived(string city, string type) => _events.Add(1, new("city", city), new("type", type));

    public void DuplicateEvent(string city) => _duplicates.Add(1, new KeyValuePair<string, object?>("city", city));

    public void EventDropped(string city, string reason, long count = 1) => _dropped.Add(count, new("city", city), new("reason", reason));

    public void Retry(string operation, int? status) => _retries.Add(1, new("operation", operation), new("status", status));

    public void ApiError(string operation, string status) => _apiErrors.Add(1, new("operation", operation), new("status", status));

    public void Delivered(string city, string method) => _delivered.Add(1, new("city", city), new("method", method));

    public void ReplyFallback(string city, string reason) => _fallbacks.Add(1, new("city", city), new("reason", reason));

    public void Undelivered(string city, string reason) => _undelivered.Add(1, new("city", city), new("reason", reason));

    public void TurnFailed(string city) => _turnErrors.Add(1, new KeyValuePair<string, object?>("city", city));
}
