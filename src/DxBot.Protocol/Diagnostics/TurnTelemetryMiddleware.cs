using System.Diagnostics;
using DxBot.Protocol.Builder;

namespace DxBot.Protocol.Diagnostics;

/// <summary>
/// Records `dxbot.turns` and `dxbot.turn.duration` for every turn that reaches the bot's middleware. What the bot
/// did is read back from <see cref="TurnStateKeys.HandledBy"/> and <see cref="TurnStateKeys.Fallback"/>, which the
/// dialogs set, so the dialogs need to know nothing about metrics.
/// </summary>
public sealed class TurnTelemetryMiddleware(DxBotMetrics metrics) : IMiddleware
{
    public const string Answered = "answered";
    public const string Fallback = "fallback";
    public const string Error = "error";

    /// <summary>The dialog tag when nothing reported one (e.g. an event the bot does not answer).</summary>
    public const string NoDialog = "none";

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        var outcome = Error;
        try
        {
            await next(cancellationToken).ConfigureAwait(false);
            outcome = turnContext.TurnState.TryGetValue(TurnStateKeys.Fallback, out var fallback) && fallback is true ? Fallback : Answered;
        }
        finally
        {
            var state = turnContext.TurnState;
            metrics.Turn(
                turnContext.Activity.ChannelId ?? "unknown",
                state.TryGetValue(TurnStateKeys.BoundCity, out var city) && city is string bound ? bound : TurnLogScope.NoCity,
                state.TryGetValue(TurnStateKeys.HandledBy, out var dialog) && dialog is string name ? name : NoDialog,
                outcome,
                Stopwatch.GetElapsedTime(started));
        }
    }
}
