using Microsoft.Extensions.Logging;

namespace DxBot.Channels.Line;

/// <summary>
/// Every log line of the channel. None takes a user id, a message text, a reply token or a secret: ids and texts
/// of residents are personal data (a text may hold a My Number), and a token in a log is a token leaked.
/// </summary>
internal static partial class LineLog
{
    [LoggerMessage(1, LogLevel.Warning, "LINE webhook for {City} refused: {Reason}.")]
    public static partial void WebhookRefused(ILogger logger, string city, string reason);

    [LoggerMessage(2, LogLevel.Information, "LINE event {EventType}/{MessageType} {WebhookEventId} for {City} (redelivery: {IsRedelivery}).")]
    public static partial void EventReceived(ILogger logger, string city, string eventType, string? messageType, string webhookEventId, bool isRedelivery);

    [LoggerMessage(3, LogLevel.Warning, "LINE event #{Index} for {City} could not be read and was skipped.")]
    public static partial void EventUnreadable(ILogger logger, string city, int index);

    [LoggerMessage(4, LogLevel.Information, "LINE event {WebhookEventId} for {City} was already received; dropped.")]
    public static partial void DuplicateEvent(ILogger logger, string city, string webhookEventId);

    [LoggerMessage(5, LogLevel.Debug, "LINE event {EventType} {WebhookEventId} for {City} needs no answer.")]
    public static partial void EventIgnored(ILogger logger, string city, string eventType, string webhookEventId);

    [LoggerMessage(6, LogLevel.Error, "LINE event {WebhookEventId} for {City} was not queued: the queue is full. LINE is told 503 so it can redeliver.")]
    public static partial void QueueFull(ILogger logger, string city, string webhookEventId);

    // The exception's message is left out on purpose: parsers and search engines quote their input there.
    [LoggerMessage(7, LogLevel.Error, "The bot failed a LINE turn for {City} with {ExceptionType}.\n{StackTrace}")]
    public static partial void TurnFailed(ILogger logger, string city, string exceptionType, string? stackTrace);

    [LoggerMessage(8, LogLevel.Information, "LINE answer to {WebhookEventId} for {City} delivered by {Method} ({MessageCount} messages).")]
    public static partial void Delivered(ILogger logger, string city, string webhookEventId, string method, int messageCount);

    [LoggerMessage(9, LogLevel.Warning, "LINE reply token of {WebhookEventId} for {City} not usable ({Reason}); pushing instead.")]
    public static partial void PushingInstead(ILogger logger, string city, string webhookEventId, string reason);

    [LoggerMessage(10, LogLevel.Error, "LINE answer to {WebhookEventId} for {City} was NOT delivered ({Reason}, HTTP {Status}): the resident got no answer.")]
    public static partial void Undelivered(ILogger logger, string city, string webhookEventId, string reason, int? status);

    [LoggerMessage(11, LogLevel.Warning, "LINE {Operation} refused with HTTP {Status}: {LineMessage} {Properties}")]
    public static partial void ApiRefused(ILogger logger, string operation, int status, string? lineMessage, string properties);

    [LoggerMessage(12, LogLevel.Warning, "LINE {Operation} attempt {Attempt} failed (HTTP {Status}, {ExceptionType}); retrying in {Delay}.")]
    public static partial void Retrying(ILogger logger, string operation, int attempt, int? status, string? exceptionType, TimeSpan delay);

    [LoggerMessage(13, LogLevel.Debug, "LINE loading animation for {City} not shown ({Status}).")]
    public static partial void LoadingNotShown(ILogger logger, string city, string status);

    [LoggerMessage(14, LogLevel.Warning, "LINE worker stopping with {Pending} events still queued; they will not be answered.")]
    public static partial void StoppingWithPending(ILogger logger, int pending);

    [LoggerMessage(15, LogLevel.Error, "LINE event {WebhookEventId} for {City} failed with {ExceptionType}.\n{StackTrace}")]
    public static partial void WorkItemFailed(ILogger logger, string city, string webhookEventId, string exceptionType, string? stackTrace);

    [LoggerMessage(16, LogLevel.Information, "LINE webhook routes: {Cities}.")]
    public static partial void Routes(ILogger logger, string cities);

    [LoggerMessage(18, LogLevel.Error, "The bot's LINE turn for {City} ran over {Timeout} and was cancelled.")]
    public static partial void TurnTimedOut(ILogger logger, string city, TimeSpan timeout);

    [LoggerMessage(17, LogLevel.Error, "Could not send the apology after a failed LINE turn for {City} ({ExceptionType}).")]
    public static partial void ApologyFailed(ILogger logger, string city, string exceptionType);

    [LoggerMessage(19, LogLevel.Warning, "LINE event {WebhookEventId} for {City}: the chat's previous turn still runs on another instance; answering without waiting longer.")]
    public static partial void LeaseNotAcquired(ILogger logger, string city, string webhookEventId);

    [LoggerMessage(20, LogLevel.Warning, "LINE event {EventType} {WebhookEventId} for {City}: the bot sent nothing to deliver.")]
    public static partial void NothingToDeliver(ILogger logger, string city, string eventType, string webhookEventId);
}
