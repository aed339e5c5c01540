namespace DxBot.Dialogs.Engine;

/// <summary>A fixed sequence of steps; each step may prompt and the next one gets the answer.</summary>
public sealed class WaterfallDialog(string id, IReadOnlyList<WaterfallStep> steps) : Dialog(id)
{
    private const string StepIndexKey = "stepIndex";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        if (options is not null)
        {
            dc.ActiveDialog!.State["options"] = WaterfallOptions.Keep(options);
        }

        return RunStepAsync(dc, 0, null, cancellationToken);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        // Only a step's own prompt should receive the user's message; a waterfall waiting without one simply ends.
        dc.EndDialogAsync(null, cancellationToken);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken)
    {
        var index = (int?)dc.ActiveDialog!.State[StepIndexKey] ?? 0;
        return RunStepAsync(dc, index + 1, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, object? result, CancellationToken cancellationToken)
    {
        if (index >= steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = index;
        return await steps[index](new WaterfallStepContext(dc, this, index, result, state), cancellationToken).ConfigureAwait(false);
    }
}
