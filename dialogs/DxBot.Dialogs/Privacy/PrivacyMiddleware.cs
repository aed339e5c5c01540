using DxBot.Dialogs.Engine;
using DxBot.Protocol.Builder;
using DxBot.Protocol.Schema;

namespace DxBot.Dialogs.Privacy;

/// <summary>
/// Stops a message that contains a possible My Number before any dialog, state or log sees it: the resident is
/// warned, and the turn goes no further. The activity's text is replaced so nothing later in the pipeline
/// (including error handlers) can read the digits.
/// </summary>
public sealed class PrivacyMiddleware : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message && MyNumberDetector.Contains(activity.Text))
        {
            turnContext.Activity = activity with { Text = MyNumberDetector.Redact(activity.Text!), Value = null };
            turnContext.ReportHandledBy("Privacy");
            await turnContext.SendActivityAsync(MessageFactory.Text(PrivacyStrings.MyNumberWarning), cancellationToken).ConfigureAwait(false);
            return;
        }

        await next(cancellationToken).ConfigureAwait(false);
    }
}
