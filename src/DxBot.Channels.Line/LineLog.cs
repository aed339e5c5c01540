using DxBot.Protocol.Diagnostics;
using Microsoft.Extensions.Logging;

namespace DxBot.Channels.Line;

/// <summary>
/// Every log line of the channel. None takes a user id, a message text, a reply token or a secret: ids and texts
/// of residents are personal data (a text may hold a My Number), and a token in a log is a token leaked. Strings
/// from the webhook body (event types, ids) pass through <see cref="LogText.Clean"/> first.
/// </summary>
internal static partial class LineLog
{
    [LoggerMessage(1, LogLevel.Warning, "LINE webhook for {City} refused: {Reason}.")]
    public static partial void WebhookRefused(ILogger logger, string city, string reason);

    // Debug: at hundreds of events a second, two console lines per event made the webhook's threads queue on the
    // console logger's lock (bench/load/NOTES.md); the outcome (delivered, or a warning) stays one line per event.
    [LoggerMessage(2, LogLevel.Debug, "LINE event {EventType}/{MessageType} {WebhookEventId} for {City} (redelivery: {IsRedelivery}).")]
    private static partial void EventReceivedCore(ILogger logger, string city, string eventType, string? messageType, string webhookEventId, bool isRedelivery);

    public static void EventReceived(ILogger logger, string city, string eventType, string? messageType, string webhookEventId, bool isRedelivery) =>
        EventReceivedCore(logger, city, LogText.Clean(eventType), messageType is null ? null : LogText.Clean(messageType), LogText.Clean(webhookEventId), isRedelivery);

    [LoggerMessage(4, LogLevel.Information, "LINE event {WebhookEventId} for {City} was already received; dropped.")]
    private static partial void DuplicateEventCore(ILogger logger, string city, string webhookEventId);

    public static void DuplicateEvent(ILogger logger, string city, string webhookEventId) =>
        DuplicateEventCore(logger, city, LogText.Clean(webhookEventId));

    [LoggerMessage(5, LogLevel.Debug, "LINE event {EventType} {WebhookEventId} for {City} needs no answer.")]
    private static partial void EventIgnoredCore(ILogger logger, string city, string eventType, string webhookEventId);

    public static void EventIgnored(ILogger logger, string city, string eventType, string webhookEventId) =>
        EventIgnoredCore(logger, city, LogText.Clean(eventType), LogText.Clean(webhookEventId));

    [LoggerMessage(6, LogLevel.Error, "LINE event {WebhookEventId} for {City} was not queued: the queue is full. LINE is told 503 so it can redeliver.")]
    private static partial void QueueFullCore(ILogger logger, string city, string webhookEventId);

    public static void QueueFull(ILogger logger, string city, string webhookEventId) =>
        QueueFullCore(logger, city, LogText.Clean(webhookEventId));

    // The exception's message is left out on purpose: parsers and search engines quote their input there.
    [LoggerMessage(7, LogLevel.Error, "The bot failed a LINE turn for {City} with {ExceptionType}.\n{StackTrace}")]
    public static partial void TurnFailed(ILogger logger, string city, string exceptionType, string? stackTrace);

    [LoggerMessage(8, LogLevel.Information, "LINE answer to {WebhookEventId} for {City} delivered by {Method} ({MessageCount} messages).")]
    private static partial void DeliveredCore(ILogger logger, string city, string webhookEventId, string method, int messageCount);

    public static void Delivered(ILogger logger, string city, string webhookEventId, string method, int messageCount) =>
        DeliveredCore(logger, city, LogText.Clean(webhookEventId), method, messageCount);

    [LoggerMessage(9, LogLevel.Warning, "LINE reply token of {WebhookEventId} for {City} not usable ({Reason}); pushing instead.")]
    private static partial void PushingInsteadCore(ILogger logger, string city, string webhookEventId, string reason);

    public static void PushingInstead(ILogger logger, string city, string webhookEventId, string reason) =>
        PushingInsteadCore(logger, city, LogText.Clean(webhookEventId), reason);

    [LoggerMessage(10, LogLevel.Error, "LINE answer to {WebhookEventId} for {City} was NOT delivered ({Reason}, HTTP {Status}): the resident got no answer.")]
    private static partial void UndeliveredCore(ILogger logger, string city, string webhookEventId, string reason, int? status);

    public static void Undelivered(ILogger logger, string city, string webhookEventId, string reason, int? status) =>
        UndeliveredCore(logger, city, LogText.Clean(webhookEventId), reason, status);

    [LoggerMessage(11, LogLevel.Warning, "LINE {Operation} refused with HTTP {Status}: {LineMessage} {Properties}")]
    public static partial void ApiRefused(ILogger logger, string operation, int status, string? lineMessage, string properties);

    [LoggerMessage(12, LogLevel.Warning, "LINE {Operation} attempt {Attempt} failed (HTTP {Status}, {ExceptionType}); retrying in {Delay}.")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, int? status, string? exceptionType, TimeSpan delay);

    [LoggerMessage(13, LogLevel.Debug, "LINE loading animation for {City} not shown ({Status}).")]
    public static partial void LoadingNotShown(ILogger logger, string city, string status);

    [LoggerMessage(14, LogLevel.Warning, "LINE worker stopping with {Pending} events still queued; they will not be answered.")]
    public static partial void StoppingWithPending(ILogger logger, int pending);

    [LoggerMessage(15, LogLevel.Error, "LINE event {WebhookEventId} for {City} failed with {ExceptionType}.\n{StackTrace}")]
    private static partial void WorkItemFailedCore(ILogger logger, string city, string webhookEventId, string exceptionType, string? stackTrace);

    public static void WorkItemFailed(ILogger logger, string city, string webhookEventId, string exceptionType, string? stackTrace) =>
        WorkItemFailedCore(logger, city, LogText.Clean(webhookEventId), exceptionType, stackTrace);

    [LoggerMessage(16, LogLevel.Information, "LINE webhook routes: {Cities}.")]
    public static partial void Routes(ILogger logger, string cities);

    [LoggerMessage(18, LogLevel.Error, "The bot's LINE turn for {City} ran over {Timeout} and was cancelled.")]
    public static partial void TurnTimedOut(ILogger logger, string city, TimeSpan timeout);

    [LoggerMessage(17, LogLevel.Error, "Could not send the apology after a failed LINE turn for {City} ({ExceptionType}).")]
    public static partial void ApologyFailed(ILogger logger, string city, string exceptionType);

    [LoggerMessage(19, LogLevel.Warning, "LINE event {WebhookEventId} for {City}: the chat's previous turn still runs on another instance; answering without waiting longer.")]
    private static partial void LeaseNotAcquiredCore(ILogger logger, string city, string webhookEventId);

    public static void LeaseNotAcquired(ILogger logger, string city, string webhookEventId) =>
        LeaseNotAcquiredCore(logger, city, LogText.Clean(webhookEventId));

    [LoggerMessage(20, LogLevel.Warning, "LINE event {EventType} {WebhookEventId} for {City}: the bot sent nothing to deliver.")]
    private static partial void NothingToDeliverCore(ILogger logger, string city, string eventType, string webhookEventId);

    public static void NothingToDeliver(ILogger logger, string city, string eventType, string webhookEventId) =>
        NothingToDeliverCore(logger, city, LogText.Clean(eventType), LogText.Clean(webhookEventId));

    [LoggerMessage(21, LogLevel.Warning, "LINE webhook for {City} carried {Count} events; only the first {Limit} were read (Line:MaxEventsPerRequest).")]
    public static partial void TooManyEvents(ILogger logger, string city, int count, int limit);

    [LoggerMessage(22, LogLevel.Warning, "LINE webhook for {City}: {Count} event(s) could not be read and were skipped (the first at #{FirstIndex}).")]
    public static partial void EventsUnreadable(ILogger logger, string city, int count, int firstIndex);
}
