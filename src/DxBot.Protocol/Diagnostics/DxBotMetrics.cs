using System.Diagnostics.Metrics;

namespace DxBot.Protocol.Diagnostics;

/// <summary>
/// The bot's own instruments (meter `DxBot`): turns and their latency, Bot Connector failures, reindex duration.
/// It lives in the protocol layer because every other layer (dialogs, channels, host) already depends on it; the
/// LINE channel keeps its delivery counters in its own meter (`DxBot.Channels.Line`).
/// </summary>
public sealed class DxBotMetrics
{
    public const string MeterName = "DxBot";

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _connectorErrors;
    private readonly Histogram<double> _reindexDuration;
    private readonly Counter<long> _handoffRequests;
    private readonly Histogram<double> _handoffTimeToAnswer;

    public DxBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("dxbot.turns", unit: "{turn}", description: "Turns by channel, city, the dialog that handled them and outcome (answered, fallback, error).");
        _turnDuration = meter.CreateHistogram<double>("dxbot.turn.duration", unit: "ms", description: "Time the bot took for a turn, by channel and city.");
        _connectorErrors = meter.CreateCounter<long>("dxbot.connector.api.errors", unit: "{call}", description: "Bot Connector (Teams) REST calls that failed after retries, by HTTP status or network/timeout.");
        _reindexDuration = meter.CreateHistogram<double>("dxbot.reindex.duration", unit: "ms", description: "Knowledge index builds (start and reindex), by outcome (succeeded, failed).");
        _handoffRequests = meter.CreateCounter<long>("dxbot.handoff.requests", unit: "{request}", description: "Questions residents sent to staff (「職員に聞く」), by city.");
        _handoffTimeToAnswer = meter.CreateHistogram<double>("dxbot.handoff.time_to_answer", unit: "s", description: "From a handoff request to its end, by city and outcome (answered, declined, expired).");
    }

    public void Turn(string channel, string city, string dialog, string outcome, TimeSpan elapsed)
    {
        _turns.Add(1, new("channel", channel), new("city", city), new("dialog", dialog), new("outcome", outcome));
        _turnDuration.Record(elapsed.TotalMilliseconds, new("channel", channel), new("city", city));
    }

    public void ConnectorError(string operation, string status) =>
        _connectorErrors.Add(1, new("operation", operation), new("status", status));

    /// <param name="outcome">succeeded, refused (the knowledge has errors) or failed.</param>
    public void Reindex(string outcome, TimeSpan elapsed) =>
        _reindexDuration.Record(elapsed.TotalMilliseconds, new KeyValuePair<string, object?>("outcome", outcome));

    public void HandoffRequested(string city) => _handoffRequests.Add(1, new KeyValuePair<string, object?>("city", city));

    /// <param name="outcome">answered, declined or expired.</param>
    public void HandoffClosed(string city, string outcome, TimeSpan elapsed) =>
        _handoffTimeToAnswer.Record(elapsed.TotalSeconds, new("city", city), new("outcome", outcome));
}
