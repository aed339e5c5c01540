using DxBot.Protocol.Builder;

namespace DxBot.Dialogs.Engine;

/// <summary>
/// What the dialogs tell the host about a turn (which dialog handled it, whether the bot had to say it does not
/// know), through the turn state; the host's telemetry middleware reads it, so no dialog depends on metrics.
/// </summary>
public static class TurnReport
{
    private const string DialogSuffix = "Dialog";

    /// <summary>The dialog handling the turn; the last one to report wins, as the innermost dialog runs last.</summary>
    public static void ReportHandledBy(this ITurnContext turnContext, string dialogId)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        turnContext.TurnState[TurnStateKeys.HandledBy] = dialogId.EndsWith(DialogSuffix, StringComparison.Ordinal) && dialogId.Length > DialogSuffix.Length
            ? dialogId[..^DialogSuffix.Length]
            : dialogId;
    }

    /// <summary>The bot answered that it does not know and gave the city's contact.</summary>
    public static void ReportFallback(this ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[TurnStateKeys.Fallback] = true;
    }
}
