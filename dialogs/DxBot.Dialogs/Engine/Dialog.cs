namespace DxBot.Dialogs.Engine;

/// <summary>A unit of conversation with its own state on the dialog stack, as Bot Builder's Dialog.</summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = id;

    /// <summary>Starts the dialog; <paramref name="options"/> are the caller's arguments.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>Called with the user's next message while this dialog is on top of the stack.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a dialog this one started has ended, with its result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, object? result, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);
}
