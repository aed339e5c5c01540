using Microsoft.Extensions.Logging;

namespace DxBot.Channels.Line;

/// <summary>The log lines of the LINE journal: counts and event ids only, never what an event holds.</summary>
internal static partial class LineJournalLog
{
    [LoggerMessage(40, LogLevel.Warning, "{Count} unanswered LINE events recovered from the journal; answering them now.")]
    public static partial void Recovered(ILogger logger, int count);

    [LoggerMessage(41, LogLevel.Error, "LINE events for {City} could not be written to the journal ({ExceptionType}); LINE is told 503 so it can redeliver.")]
    public static partial void AppendFailed(ILogger logger, string city, string exceptionType);

    [LoggerMessage(42, LogLevel.Error, "LINE event {WebhookEventId} for {City} was answered but could not be marked complete in the journal ({ExceptionType}); it may be answered again after a restart.")]
    public static partial void CompleteFailed(ILogger logger, string city, string webhookEventId, string exceptionType);

    [LoggerMessage(43, LogLevel.Error, "Looking for abandoned LINE events in the journal failed ({ExceptionType}); trying again later.")]
    public static partial void ClaimFailed(ILogger logger, string exceptionType);

    [LoggerMessage(44, LogLevel.Error, "A LINE journal entry could not be read and was dropped.")]
    public static partial void EntryUnreadable(ILogger logger);

    [LoggerMessage(46, LogLevel.Error, "LINE events for {City} were queued but could not be synced to the disk ({ExceptionType}); LINE is told 503, and its redelivery is dropped while this process lives.")]
    public static partial void SyncFailed(ILogger logger, string city, string exceptionType);

    [LoggerMessage(45, LogLevel.Information, "LINE worker stopping with {Pending} events still queued; the journal keeps them for the next start.")]
    public static partial void StoppingWithPending(ILogger logger, int pending);
}
